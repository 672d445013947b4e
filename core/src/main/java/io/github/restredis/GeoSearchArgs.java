package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code GEOSEARCH} and {@code GEOSEARCHSTORE}: the order (ASC/DESC), how many
 * (COUNT, with ANY to stop at the first ones found), and, for GEOSEARCH, what to return with each
 * member (WITHDIST, WITHHASH, WITHCOORD). Immutable; each method returns a new value.
 *
 * <pre>{@code
 * List<GeoResult> nearest = redis.geosearch("shops", GeoOrigin.member("home"),
 *     GeoShape.radius(5, GeoUnit.KM), GeoSearchArgs.Builder.asc().count(3).withDist());
 * }</pre>
 */
public final class GeoSearchArgs {
  private static final GeoSearchArgs NONE = new GeoSearchArgs(null, null, false, false, false, false);

  private final @Nullable String order;
  private final @Nullable Long count;
  private final boolean any;
  private final boolean withDist;
  private final boolean withHash;
  private final boolean withCoord;

  private GeoSearchArgs(@Nullable String order, @Nullable Long count, boolean any, boolean withDist,
      boolean withHash, boolean withCoord) {
    this.order = order;
    this.count = count;
    this.any = any;
    this.withDist = withDist;
    this.withHash = withHash;
    this.withCoord = withCoord;
  }

  /** Static entry points, as in {@code GeoSearchArgs.Builder.asc()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that return the nearest first (ASC)} */
    public static GeoSearchArgs asc() {
      return NONE.asc();
    }

    /** {@return options that return the farthest first (DESC)} */
    public static GeoSearchArgs desc() {
      return NONE.desc();
    }

    /**
     * {@return options that return at most {@code count} members (COUNT)}
     *
     * @param count the limit, positive
     */
    public static GeoSearchArgs count(long count) {
      return NONE.count(count);
    }

    /**
     * {@return options that stop at the first {@code count} members found, not the nearest
     * (COUNT … ANY)}
     *
     * @param count the limit, positive
     */
    public static GeoSearchArgs countAny(long count) {
      return NONE.countAny(count);
    }

    /** {@return options that return each member's distance from the origin (WITHDIST)} */
    public static GeoSearchArgs withDist() {
      return NONE.withDist();
    }

    /** {@return options that return each member's geohash (WITHHASH)} */
    public static GeoSearchArgs withHash() {
      return NONE.withHash();
    }

    /** {@return options that return each member's position (WITHCOORD)} */
    public static GeoSearchArgs withCoord() {
      return NONE.withCoord();
    }
  }

  /** {@return no options: every member in the shape, unordered} */
  public static GeoSearchArgs none() {
    return NONE;
  }

  /** {@return a copy that returns the nearest first} */
  public GeoSearchArgs asc() {
    return new GeoSearchArgs("ASC", count, any, withDist, withHash, withCoord);
  }

  /** {@return a copy that returns the farthest first} */
  public GeoSearchArgs desc() {
    return new GeoSearchArgs("DESC", count, any, withDist, withHash, withCoord);
  }

  /**
   * {@return a copy that returns at most {@code count} members, the nearest (or with DESC the
   * farthest) ones}
   *
   * @param count the limit, positive
   */
  public GeoSearchArgs count(long count) {
    return new GeoSearchArgs(order, positive(count), false, withDist, withHash, withCoord);
  }

  /**
   * {@return a copy that stops at the first {@code count} members found, which are not
   * necessarily the nearest}
   *
   * @param count the limit, positive
   */
  public GeoSearchArgs countAny(long count) {
    return new GeoSearchArgs(order, positive(count), true, withDist, withHash, withCoord);
  }

  private static long positive(long count) {
    if (count <= 0) {
      throw new IllegalArgumentException("COUNT must be positive: " + count);
    }
    return count;
  }

  /** {@return a copy that returns each member's distance from the origin} */
  public GeoSearchArgs withDist() {
    return new GeoSearchArgs(order, count, any, true, withHash, withCoord);
  }

  /** {@return a copy that returns each member's geohash} */
  public GeoSearchArgs withHash() {
    return new GeoSearchArgs(order, count, any, withDist, true, withCoord);
  }

  /** {@return a copy that returns each member's position} */
  public GeoSearchArgs withCoord() {
    return new GeoSearchArgs(order, count, any, withDist, withHash, true);
  }

  /** {@return ASC, DESC or null} */
  public @Nullable String order() {
    return order;
  }

  /** {@return the COUNT limit, or null} */
  public @Nullable Long countLimit() {
    return count;
  }

  /** {@return whether ANY is set} */
  public boolean isAny() {
    return any;
  }

  /** {@return whether WITHDIST is set} */
  public boolean isWithDist() {
    return withDist;
  }

  /** {@return whether WITHHASH is set} */
  public boolean isWithHash() {
    return withHash;
  }

  /** {@return whether WITHCOORD is set} */
  public boolean isWithCoord() {
    return withCoord;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GeoSearchArgs)) {
      return false;
    }
    GeoSearchArgs other = (GeoSearchArgs) o;
    return Objects.equals(order, other.order) && Objects.equals(count, other.count) && any == other.any
        && withDist == other.withDist && withHash == other.withHash && withCoord == other.withCoord;
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, count, any, withDist, withHash, withCoord);
  }

  @Override
  public String toString() {
    return "GeoSearchArgs{" + (order == null ? "" : order)
        + (count == null ? "" : " COUNT " + count + (any ? " ANY" : ""))
        + (withDist ? " WITHDIST" : "") + (withHash ? " WITHHASH" : "") + (withCoord ? " WITHCOORD" : "") + '}';
  }
}
