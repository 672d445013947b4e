package io.github.restredis;

/** The outcome for one ID of XDELEX or XACKDEL (Redis 8.2), in the order the IDs were given. */
public enum StreamDeleteResult {
  /** No such entry (XDELEX), or not pending in the group (XACKDEL): Redis's {@code -1}. */
  NOT_FOUND,
  /** Deleted (and acknowledged, for XACKDEL): Redis's {@code 1}. */
  DELETED,
  /**
   * Kept because a consumer group still references it ({@link StreamDeletePolicy#ACKED}); XACKDEL
   * has acknowledged it all the same: Redis's {@code 2}.
   */
  NOT_DELETED;

  /**
   * {@return the result for Redis's reply code}
   *
   * @param code -1, 1 or 2
   * @throws IllegalArgumentException for any other code
   */
  public static StreamDeleteResult of(long code) {
    if (code == -1) {
      return NOT_FOUND;
    }
    if (code == 1) {
      return DELETED;
    }
    if (code == 2) {
      return NOT_DELETED;
    }
    throw new IllegalArgumentException("unknown stream deletion code " + code);
  }
}
