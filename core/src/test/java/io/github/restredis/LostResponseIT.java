package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real Redis behind a proxy that loses the first response after the server applied the command:
 * the retry rule must not apply an INCR twice, and must recover a GET. {@link FaultMatrixIT} tries
 * this and every other fault on every surface.
 */
class LostResponseIT extends RedisIT {
  @BeforeEach
  void onlyLocally() {
    assumeFalse(againstUpstash(), "needs the local server behind a loopback proxy");
  }

  private Redis through(FaultProxy proxy) {
    return Redis.builder().url(proxy.url()).token(server.token())
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)))
        .build();
  }

  @Test
  void incrIsAppliedExactlyOnce() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.url());
        Redis client = through(proxy)) {
      proxy.inject(FaultProxy.Fault.of(FaultProxy.Action.LOSE_RESPONSE));
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
    try (FaultProxy proxy = new FaultProxy(server.url());
        Redis client = through(proxy)) {
      proxy.inject(FaultProxy.Fault.of(FaultProxy.Action.LOSE_RESPONSE));
      server.resetCommandStats();
      assertThat(client.get(k("key"))).isEqualTo("value");
      assertThat(server.commandStats()).containsEntry("get", 2L);
      assertThat(client.metrics().retries()).isEqualTo(1);
    }
  }
}
