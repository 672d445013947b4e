package io.github.restredis;

/**
 * What HEXPIRE, HPEXPIRE, HEXPIREAT and HPEXPIREAT did to one hash field (Redis 7.4), decoded from
 * the per-field integer codes Redis replies.
 *
 * <pre>{@code
 * Map<String, FieldExpiryResult> r = redis.hexpire("session", Duration.ofMinutes(5), "token");
 * if (r.get("token") == FieldExpiryResult.NO_SUCH_FIELD) { ... }
 * }</pre>
 */
public enum FieldExpiryResult {
  /** Code -2: the field does not exist, or the key does not. */
  NO_SUCH_FIELD(-2),
  /** Code 0: the NX, XX, GT or LT condition was not met; nothing changed. */
  CONDITION_NOT_MET(0),
  /** Code 1: the expiry was set or updated. */
  SET(1),
  /** Code 2: the field was deleted at once, since the time to live was 0 or the instant is past. */
  DELETED(2);

  private final int code;

  FieldExpiryResult(int code) {
    this.code = code;
  }

  /** {@return the integer Redis replied} */
  public int code() {
    return code;
  }

  /**
   * {@return the result Redis reported as {@code code}}
   *
   * @param code -2, 0, 1 or 2
   * @throws IllegalArgumentException for any other code
   */
  public static FieldExpiryResult of(long code) {
    for (FieldExpiryResult r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a hash field expiry code: " + code);
  }
}
