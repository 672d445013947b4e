package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a geo search starts: at a member of the set (FROMMEMBER) or at a position (FROMLONLAT).
 *
 * <pre>{@code
 * redis.geosearch("shops", GeoOrigin.lonLat(13.4, 52.5), GeoShape.radius(2, GeoUnit.KM));
 * }</pre>
 */
public final class GeoOrigin {
  private final @Nullable String member;
  private final @Nullable GeoCoordinates coordinates;

  private GeoOrigin(@Nullable String member, @Nullable GeoCoordinates coordinates) {
    this.member = member;
    this.coordinates = coordinates;
  }

  /**
   * {@return an origin at the position of a member of the searched set (FROMMEMBER)}
   *
   * @param member the member; the search fails if it is not in the set
   */
  public static GeoOrigin member(String member) {
    return new GeoOrigin(Objects.requireNonNull(member, "member == null"), null);
  }

  /**
   * {@return an origin at a position (FROMLONLAT)}
   *
   * @param longitude the longitude in degrees
   * @param latitude the latitude in degrees
   */
  public static GeoOrigin lonLat(double longitude, double latitude) {
    return new GeoOrigin(null, new GeoCoordinates(longitude, latitude));
  }

  /** {@return the member, or null for a position} */
  public @Nullable String fromMember() {
    return member;
  }

  /** {@return the position, or null for a member} */
  public @Nullable GeoCoordinates fromLonLat() {
    return coordinates;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GeoOrigin && Objects.equals(member, ((GeoOrigin) o).member)
        && Objects.equals(coordinates, ((GeoOrigin) o).coordinates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, coordinates);
  }

  @Override
  public String toString() {
    return member != null ? "FROMMEMBER " + member
        : "FROMLONLAT " + coordinates.longitude() + " " + coordinates.latitude();
  }
}
