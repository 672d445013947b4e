package io.github.restredis.ratelimit.internal;

import java.util.List;

/**
 * The decision script's reply.
 *
 * @param code {@link #ALLOWED}, {@link #DENIED} or {@link #SKEW}
 * @param now the time the script used, epoch ms
 * @param parts per part, in order; empty for {@link #SKEW}
 */
public record Outcome(int code, long now, List<PartOutcome> parts) {
  /** Every part fits: counted. */
  public static final int ALLOWED = 1;
  /** Some part does not fit: nothing counted. */
  public static final int DENIED = 0;
  /** The server's window was not among the declared keys: nothing done. */
  public static final int SKEW = -1;

  /**
   * One part's state after the decision.
   *
   * @param fits whether the request fits this part
   * @param limit the limit in force
   * @param remaining what is left, never negative
   * @param reset window end or next refill; for a part that does not fit, when it would
   */
  public record PartOutcome(boolean fits, long limit, long remaining, long reset) {}
}
