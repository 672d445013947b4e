package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdlePollingTest {
  @Test
  void doublesFromTheMinimumUpToTheMaximumAndStartsAgainAfterWork() {
    IdlePolling polling = new IdlePolling(Duration.ofMillis(250), Duration.ofSeconds(40));
    assertThat(new long[] {polling.next(), polling.next(), polling.next(), polling.next()})
        .containsExactly(250, 500, 1000, 2000);
    for (int i = 0; i < 10; i++) {
      polling.next();
    }
    assertThat(polling.next()).isEqualTo(40_000);
    polling.reset();
    assertThat(polling.next()).isEqualTo(250);
  }

  @Test
  void theDefaultsCostUnder120PollsInAnIdleHour() {
    assertThat(IdlePolling.pollsPerIdleHour(Duration.ofMillis(250), Duration.ofSeconds(40))).isEqualTo(97);
    assertThat(IdlePolling.pollsPerIdleHour(Duration.ofSeconds(40), Duration.ofSeconds(40))).isEqualTo(90);
  }
}
