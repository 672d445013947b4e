package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisEndpointTest {

  @Test
  void parsesEveryPart() {
    RedisEndpoint endpoint = RedisEndpoint.parse("rediss://alice:s%40cret@cache.example:6380/3");
    assertThat(endpoint).isEqualTo(new RedisEndpoint("cache.example", 6380, "alice", "s@cret", 3, true));
    assertThat(RedisEndpoint.parse("redis://localhost"))
        .isEqualTo(new RedisEndpoint("localhost", 6379, null, null, 0, false));
    assertThat(RedisEndpoint.parse("redis://:pw@h:1").password()).isEqualTo("pw");
    assertThat(RedisEndpoint.parse("redis://:pw@h:1").username()).isNull();
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertThat(RedisEndpoint.parse("redis://alice:topsecret@h:1/2").toString())
        .isEqualTo("redis://alice:***@h:1/2")
        .doesNotContain("topsecret");
  }

  @Test
  void rejectsWhatIsNotARedisUrl() {
    assertThatThrownBy(() -> RedisEndpoint.parse("http://h:1")).hasMessageContaining("redis://");
    assertThatThrownBy(() -> RedisEndpoint.parse("redis://h:1/x")).hasMessageContaining("database");
    assertThatThrownBy(() -> RedisEndpoint.parse("redis:///")).hasMessageContaining("no host");
  }
}
