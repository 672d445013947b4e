package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to trim a stream, for {@code XTRIM} and the trimming part of {@code XADD}: by length
 * (MAXLEN) or by lowest ID (MINID), exactly or approximately, with an optional LIMIT. Immutable;
 * each method returns a new value.
 *
 * <pre>{@code
 * redis.xtrim("events", XTrimArgs.Builder.maxlen(10_000).approximate().limit(100));
 * redis.xadd("events", Map.of("type", "click"), XAddArgs.Builder.trim(XTrimArgs.Builder.minid("1700000000000")));
 * }</pre>
 */
public final class XTrimArgs {
  private final String strategy;
  private final String threshold;
  private final @Nullable String operator;
  private final @Nullable Long limit;
  private final @Nullable StreamDeletePolicy policy;

  private XTrimArgs(String strategy, String threshold, @Nullable String operator,
      @Nullable Long limit, @Nullable StreamDeletePolicy policy) {
    this.strategy = strategy;
    this.threshold = threshold;
    this.operator = operator;
    this.limit = limit;
    this.policy = policy;
  }

  /** Static entry points, as in {@code XTrimArgs.Builder.maxlen(1000)}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that keep at most {@code maxlen} entries, evicting the oldest (MAXLEN)}
     *
     * @param maxlen the length to keep, not negative
     */
    public static XTrimArgs maxlen(long maxlen) {
      if (maxlen < 0) {
        throw new IllegalArgumentException("maxlen must not be negative: " + maxlen);
      }
      return new XTrimArgs("MAXLEN", Long.toString(maxlen), null, null, null);
    }

    /**
     * {@return options that evict entries with IDs lower than {@code minId} (MINID)}
     *
     * @param minId the lowest ID to keep, such as {@code 1700000000000-0} or {@code 1700000000000}
     */
    public static XTrimArgs minid(String minId) {
      Objects.requireNonNull(minId, "minId == null");
      if (minId.isEmpty()) {
        throw new IllegalArgumentException("minId is empty");
      }
      return new XTrimArgs("MINID", minId, null, null, null);
    }
  }

  /**
   * {@return a copy that trims approximately ({@code ~}): Redis removes whole nodes only, which is
   * much cheaper, and may keep a few more entries}
   */
  public XTrimArgs approximate() {
    return new XTrimArgs(strategy, threshold, "~", limit, policy);
  }

  /** {@return a copy that trims exactly ({@code =}), which is also what no operator means} */
  public XTrimArgs exact() {
    if (limit != null) {
      throw new IllegalStateException("LIMIT needs approximate trimming (~), not exact (=)");
    }
    return new XTrimArgs(strategy, threshold, "=", null, policy);
  }

  /**
   * {@return a copy that evicts at most {@code limit} entries in this call (LIMIT); needs {@link
   * #approximate()}}
   *
   * @param limit the most entries to evict, 0 for no limit
   */
  public XTrimArgs limit(long limit) {
    if (!"~".equals(operator)) {
      throw new IllegalStateException("LIMIT needs approximate trimming: call approximate() first");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new XTrimArgs(strategy, threshold, operator, limit, policy);
  }

  /**
   * {@return a copy that treats consumer groups' references as {@code policy} says (Redis 8.2)}
   *
   * @param policy KEEPREF, DELREF or ACKED
   */
  public XTrimArgs policy(StreamDeletePolicy policy) {
    return new XTrimArgs(strategy, threshold, operator, limit,
        Objects.requireNonNull(policy, "policy == null"));
  }

  /** {@return MAXLEN or MINID} */
  public String strategy() {
    return strategy;
  }

  /** {@return the length or the ID} */
  public String threshold() {
    return threshold;
  }

  /** {@return {@code ~}, {@code =}, or null for none} */
  public @Nullable String operator() {
    return operator;
  }

  /** {@return the LIMIT, or null} */
  public @Nullable Long limit() {
    return limit;
  }

  /** {@return the deletion policy, or null for the server's default (KEEPREF)} */
  public @Nullable StreamDeletePolicy policy() {
    return policy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XTrimArgs
        && strategy.equals(((XTrimArgs) o).strategy)
        && threshold.equals(((XTrimArgs) o).threshold)
        && Objects.equals(operator, ((XTrimArgs) o).operator)
        && Objects.equals(limit, ((XTrimArgs) o).limit)
        && policy == ((XTrimArgs) o).policy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, threshold, operator, limit, policy);
  }

  @Override
  public String toString() {
    return "XTrimArgs{" + strategy + (operator == null ? "" : " " + operator) + " " + threshold
        + (limit == null ? "" : " LIMIT " + limit) + (policy == null ? "" : " " + policy) + '}';
  }
}
