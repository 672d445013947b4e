package io.github.restredis;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The time to live of one hash field, as HTTL and HPTTL report it (Redis 7.4): the field is
 * missing (code -2), has no expiry (code -1), or expires after {@link #ttl()}.
 *
 * <pre>{@code
 * FieldTtl t = redis.hpttl("session", "token").get("token");
 * if (t.ttl() != null && t.ttl().compareTo(Duration.ofSeconds(30)) < 0) { refresh(); }
 * }</pre>
 *
 * @param exists whether the field (and key) exists
 * @param ttl the time left, or null if the field does not exist or has no expiry
 */
public record FieldTtl(boolean exists, @Nullable Duration ttl) {
  /** A missing field or key. */
  public static final FieldTtl NO_SUCH_FIELD = new FieldTtl(false, null);

  /** A field that exists and does not expire. */
  public static final FieldTtl NO_EXPIRY = new FieldTtl(true, null);

  /**
   * Checks that only an existing field has a time to live.
   *
   * @param exists whether the field exists
   * @param ttl the time left, or null
   */
  public FieldTtl {
    if (!exists && ttl != null) {
      throw new IllegalArgumentException("a missing field has no time to live");
    }
  }

  /** {@return whether the field exists and expires} */
  public boolean expires() {
    return ttl != null;
  }
}
