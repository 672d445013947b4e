package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoresTest {
  private static final long NOW = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();

  @Test
  void higherPriorityComesFirstWhateverTheAge() {
    assertThat(Scores.ready(1, NOW + 1_000_000)).isLessThan(Scores.ready(0, NOW));
    assertThat(Scores.ready(0, NOW)).isLessThan(Scores.ready(0, NOW + 1));
    assertThat(Scores.ready(1000, Long.MAX_VALUE >> 22)).isLessThan(Scores.ready(999, 0));
  }

  @Test
  void scoresSurviveTheTripThroughADouble() {
    long highest = Scores.ready(Scores.MIN_PRIORITY, Instant.parse("2100-01-01T00:00:00Z").toEpochMilli());
    assertThat(highest).isLessThan(1L << 53);
    assertThat((long) (double) highest).isEqualTo(highest);
    assertThat((long) (double) (highest - 1)).isEqualTo(highest - 1);
  }

  @Test
  void expiriesFallOnAGridAfterTheRetention() {
    Duration day = Duration.ofDays(1);
    long expiry = Scores.expiry(NOW + 1, day);
    assertThat(expiry).isGreaterThanOrEqualTo(NOW + 1 + day.toMillis());
    assertThat(expiry - (NOW + 1 + day.toMillis())).isLessThan(30 * 60_000);
    assertThat(expiry % (30 * 60_000)).isZero();
    assertThat(Scores.expiry(NOW + 12 * 60_000, day)).as("same slot").isEqualTo(expiry);
    assertThat(Scores.expiry(NOW, Duration.ofMinutes(1)) % 1_000).as("at least a 1 s grid").isZero();
  }
}
