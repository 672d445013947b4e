package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NearCacheTest {
  private final MutableClock clock = new MutableClock(0);
  private final NearCache<String> near = new NearCache<>(3, 1_000, clock);

  @Test
  void entriesLiveTheirTtlButNotPastTheirFreshness() {
    near.put("a", "A", Long.MAX_VALUE);
    near.put("b", "B", 300);
    clock.advance(Duration.ofMillis(299));
    assertThat(near.get("b").value()).isEqualTo("B");
    clock.advance(Duration.ofMillis(1));
    assertThat(near.get("b")).isNull();
    clock.advance(Duration.ofMillis(699));
    assertThat(near.get("a").value()).isEqualTo("A");
    clock.advance(Duration.ofMillis(1));
    assertThat(near.get("a")).isNull();
    near.put("c", "C", 1_000);
    assertThat(near.get("c")).as("already expired").isNull();
  }

  @Test
  void theLeastRecentlyUsedLeaveFirst() {
    near.put("a", "A", Long.MAX_VALUE);
    near.put("b", "B", Long.MAX_VALUE);
    near.put("c", "C", Long.MAX_VALUE);
    near.get("a");
    near.put("d", "D", Long.MAX_VALUE);
    assertThat(near.get("b")).isNull();
    assertThat(near.get("a")).isNotNull();
    assertThat(near.size()).isEqualTo(3);
  }

  @Test
  void absencesAreSlotsWithoutValue() {
    near.put("x", null, Long.MAX_VALUE);
    assertThat(near.get("x")).isNotNull();
    assertThat(near.get("x").value()).isNull();
    near.invalidatePrefix("x");
    assertThat(near.get("x")).isNull();
  }
}
