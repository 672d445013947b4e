package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void defaultsAreComparableToTheOfficialSdk() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxRetries()).isEqualTo(5);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.retryNonIdempotent()).isFalse();
    assertThat(RetryPolicy.none().maxRetries()).isZero();
  }

  @Test
  void withersCopyAndValidate() {
    RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(2).withMultiplier(3).withJitter(0)
        .withMaxBackoff(Duration.ofSeconds(1)).withRetryNonIdempotent(true);
    assertThat(policy.maxRetries()).isEqualTo(2);
    assertThat(policy.multiplier()).isEqualTo(3);
    assertThat(policy.jitter()).isZero();
    assertThat(policy.retryNonIdempotent()).isTrue();
    assertThat(RetryPolicy.defaults().maxRetries()).isEqualTo(5);
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.defaults().withMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.defaults().withInitialBackoff(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noRetriesMeansOneAttempt() throws Exception {
    try (MockServer mock = new MockServer();
        Redis redis = mock.builder().retryPolicy(RetryPolicy.none()).build()) {
      mock.enqueue(503, "down");
      assertThatThrownBy(() -> redis.get("k")).isInstanceOf(HttpStatusException.class);
      assertThat(mock.requestCount()).isEqualTo(1);
    }
  }
}
