package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real Redis behind a proxy that loses the first response after the server applied the command:
 * the retry rule must not apply an INCR twice, and must recover a GET.
 */
class LostResponseIT extends RedisIT {
  private URI local;

  @BeforeEach
  void onlyLocally() {
    assumeFalse(againstUpstash(), "needs the local server behind a loopback proxy");
    local = URI.create(server.url());
  }

  private Redis through(DroppingProxy proxy) {
    return Redis.builder().url(proxy.url()).token(server.token())
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)))
        .build();
  }

  @Test
  void incrIsAppliedExactlyOnce() throws Exception {
    try (DroppingProxy proxy = new DroppingProxy(local.getHost(), local.getPort(), 1);
        Redis client = through(proxy)) {
      server.resetCommandStats();
      assertThatThrownBy(() -> client.incr(k("counter")))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestSent()).isTrue());
      assertThat(redis.get(k("counter"))).isEqualTo("1");
      assertThat(server.commandStats()).containsEntry("incr", 1L);
      assertThat(proxy.connections.get()).isEqualTo(1);
    }
  }

  @Test
  void getIsRetriedAndSucceeds() throws Exception {
    redis.set(k("key"), "value");
    try (DroppingProxy proxy = new DroppingProxy(local.getHost(), local.getPort(), 1);
        Redis client = through(proxy)) {
      server.resetCommandStats();
      assertThat(client.get(k("key"))).isEqualTo("value");
      assertThat(server.commandStats()).containsEntry("get", 2L);
      assertThat(client.metrics().retries()).isEqualTo(1);
    }
  }
}
