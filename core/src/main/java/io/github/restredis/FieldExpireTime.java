package io.github.restredis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When one hash field expires, as HEXPIRETIME and HPEXPIRETIME report it (Redis 7.4): the field is
 * missing (code -2), has no expiry (code -1), or expires at {@link #expiresAt()}.
 *
 * @param exists whether the field (and key) exists
 * @param expiresAt the expiry instant, or null if the field does not exist or has no expiry
 */
public record FieldExpireTime(boolean exists, @Nullable Instant expiresAt) {
  /** A missing field or key. */
  public static final FieldExpireTime NO_SUCH_FIELD = new FieldExpireTime(false, null);

  /** A field that exists and does not expire. */
  public static final FieldExpireTime NO_EXPIRY = new FieldExpireTime(true, null);

  /**
   * Checks that only an existing field has an expiry.
   *
   * @param exists whether the field exists
   * @param expiresAt the expiry instant, or null
   */
  public FieldExpireTime {
    if (!exists && expiresAt != null) {
      throw new IllegalArgumentException("a missing field has no expiry");
    }
  }

  /** {@return whether the field exists and expires} */
  public boolean expires() {
    return expiresAt != null;
  }
}
