package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class XFetchTest {
  private static final long EXPIRY = 1_000_000;
  private static final long DELTA = 2_000;

  @Test
  void theDecisionIsThePapersInequality() {
    // now - delta * beta * ln(u) >= expiry, i.e. u <= exp(-(expiry - now) / (delta * beta)).
    long gap = 3_000;
    double threshold = Math.exp(-(double) gap / DELTA);
    assertThat(XFetch.early(EXPIRY - gap, DELTA, EXPIRY, 1.0, threshold * 0.999)).isTrue();
    assertThat(XFetch.early(EXPIRY - gap, DELTA, EXPIRY, 1.0, threshold * 1.001)).isFalse();
    assertThat(XFetch.early(EXPIRY, DELTA, EXPIRY, 1.0, 1.0)).as("at expiry always").isTrue();
    assertThat(XFetch.early(EXPIRY - 1, DELTA, EXPIRY, 1.0, 1.0)).as("u = 1 never before").isFalse();
  }

  @Test
  void theShareOfEarlyReadersMatchesTheFormulaAndRisesTowardExpiry() {
    int n = 10_000;
    double previous = -1;
    for (long gap = 20_000; gap >= 0; gap -= 1_000) {
      int early = 0;
      for (int i = 0; i < n; i++) {
        if (XFetch.early(EXPIRY - gap, DELTA, EXPIRY, 1.0, (i + 0.5) / n)) {
          early++;
        }
      }
      double share = (double) early / n;
      assertThat(share).as("gap %d", gap)
          .isCloseTo(XFetch.probability(EXPIRY - gap, DELTA, EXPIRY, 1.0), within(1.0 / n));
      assertThat(share).isGreaterThanOrEqualTo(previous);
      previous = share;
    }
    assertThat(previous).isEqualTo(1.0);
  }

  @Test
  void aLargerBetaRefreshesEarlier() {
    long now = EXPIRY - 4_000;
    assertThat(XFetch.probability(now, DELTA, EXPIRY, 2.0))
        .isGreaterThan(XFetch.probability(now, DELTA, EXPIRY, 1.0))
        .isCloseTo(Math.exp(-1), within(1e-12));
  }

  @Test
  void noDeltaOrNoBetaMeansNoEarlyRefresh() {
    assertThat(XFetch.early(EXPIRY - 1, 0, EXPIRY, 1.0, 1e-300)).isFalse();
    assertThat(XFetch.early(EXPIRY - 1, DELTA, EXPIRY, 0.0, 1e-300)).isFalse();
    assertThat(XFetch.probability(EXPIRY - 1, 0, EXPIRY, 1.0)).isZero();
  }
}
