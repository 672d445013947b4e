package io.github.restredis;

/**
 * What HPERSIST did to one hash field (Redis 7.4), decoded from the per-field integer codes Redis
 * replies.
 */
public enum FieldPersistResult {
  /** Code -2: the field does not exist, or the key does not. */
  NO_SUCH_FIELD(-2),
  /** Code -1: the field exists but had no expiry; nothing changed. */
  NO_EXPIRY(-1),
  /** Code 1: the field's expiry was removed. */
  PERSISTED(1);

  private final int code;

  FieldPersistResult(int code) {
    this.code = code;
  }

  /** {@return the integer Redis replied} */
  public int code() {
    return code;
  }

  /**
   * {@return the result Redis reported as {@code code}}
   *
   * @param code -2, -1 or 1
   * @throws IllegalArgumentException for any other code
   */
  public static FieldPersistResult of(long code) {
    for (FieldPersistResult r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a hash field persist code: " + code);
  }
}
