package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Geo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Geo commands of {@link Redis}: members of a sorted set placed on Earth, with distances and
 * searches by circle or box.
 *
 * <pre>{@code
 * redis.geoadd("shops", 13.361389, 38.115556, "Palermo");
 * List<GeoResult> near = redis.geosearch("shops", GeoOrigin.lonLat(15, 37),
 *     GeoShape.radius(200, GeoUnit.KM), GeoSearchArgs.Builder.asc().withDist());
 * }</pre>
 */
public sealed interface GeoCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Adds a member at a position, or moves it there (GEOADD).
   *
   * @param key the key
   * @param longitude the longitude in degrees, -180 to 180
   * @param latitude the latitude in degrees, -85.05112878 to 85.05112878
   * @param member the member
   * @return 1 if the member was added, 0 if it was only moved
   */
  default long geoadd(String key, double longitude, double latitude, String member) {
    return run(Geo.geoadd(key, Map.of(member, new GeoCoordinates(longitude, latitude)), GeoAddArgs.none()));
  }

  /**
   * Adds members at positions, or moves them there (GEOADD).
   *
   * @param key the key
   * @param members members to positions, at least one
   * @return the number of members added (moved ones are not counted)
   */
  default long geoadd(String key, Map<String, GeoCoordinates> members) {
    return run(Geo.geoadd(key, members, GeoAddArgs.none()));
  }

  /**
   * Adds or moves members with options (GEOADD NX|XX CH).
   *
   * @param key the key
   * @param members members to positions, at least one
   * @param args NX (only add), XX (only move), CH (count moves too)
   * @return the number of members added, or with CH added or moved
   */
  default long geoadd(String key, Map<String, GeoCoordinates> members, GeoAddArgs args) {
    return run(Geo.geoadd(key, members, args));
  }

  /**
   * Measures the distance between two members in meters (GEODIST).
   *
   * @param key the key
   * @param member1 one member
   * @param member2 the other member
   * @return the distance in meters, or null if either member is missing
   */
  default @Nullable Double geodist(String key, String member1, String member2) {
    return run(Geo.geodist(key, member1, member2, null));
  }

  /**
   * Measures the distance between two members (GEODIST … unit).
   *
   * @param key the key
   * @param member1 one member
   * @param member2 the other member
   * @param unit the unit of the result
   * @return the distance, or null if either member is missing
   */
  default @Nullable Double geodist(String key, String member1, String member2, GeoUnit unit) {
    return run(Geo.geodist(key, member1, member2, unit));
  }

  /**
   * Reads members' positions as standard 11-character geohash strings (GEOHASH).
   *
   * @param key the key
   * @param members the members, at least one
   * @return one geohash per member, in order, null where a member is missing
   */
  default List<@Nullable String> geohash(String key, String... members) {
    return run(Geo.geohash(key, Arrays.asList(members)));
  }

  /**
   * Reads members' positions (GEOPOS).
   *
   * @param key the key
   * @param members the members, at least one
   * @return one position per member, in order, null where a member is missing
   */
  default List<@Nullable GeoCoordinates> geopos(String key, String... members) {
    return run(Geo.geopos(key, Arrays.asList(members)));
  }

  /**
   * Finds the members inside a circle or box (GEOSEARCH FROMMEMBER|FROMLONLAT BYRADIUS|BYBOX).
   *
   * @param key the key
   * @param from where the search starts
   * @param by the area searched
   * @return the members inside, in no particular order
   */
  default List<String> geosearch(String key, GeoOrigin from, GeoShape by) {
    return run(Geo.geosearch(key, from, by));
  }

  /**
   * Finds members inside a circle or box, with order, limit and details (GEOSEARCH … ASC|DESC
   * COUNT n [ANY] WITHCOORD WITHDIST WITHHASH).
   *
   * @param key the key
   * @param from where the search starts
   * @param by the area searched; distances are in its unit
   * @param args order, limit and which details to return
   * @return the members found, each with the details asked for (null where not asked)
   */
  default List<GeoResult> geosearch(String key, GeoOrigin from, GeoShape by, GeoSearchArgs args) {
    return run(Geo.geosearch(key, from, by, args));
  }

  /**
   * Finds members inside a circle or box and stores them, with their positions, as a new geo set
   * (GEOSEARCHSTORE), replacing {@code destination}.
   *
   * @param destination the key to write; an empty result deletes it
   * @param source the key searched
   * @param from where the search starts
   * @param by the area searched
   * @param args order and limit; WITHCOORD, WITHDIST and WITHHASH throw before sending
   * @return the number of members stored
   */
  default long geosearchstore(String destination, String source, GeoOrigin from, GeoShape by,
      GeoSearchArgs args) {
    return run(Geo.geosearchstore(destination, source, from, by, args, false));
  }

  /**
   * Finds members inside a circle or box and stores them as a sorted set scored by their
   * distance from the origin, in the shape's unit (GEOSEARCHSTORE … STOREDIST).
   *
   * @param destination the key to write; an empty result deletes it
   * @param source the key searched
   * @param from where the search starts
   * @param by the area searched
   * @param args order and limit; WITHCOORD, WITHDIST and WITHHASH throw before sending
   * @return the number of members stored
   */
  default long geosearchstoreDist(String destination, String source, GeoOrigin from, GeoShape by,
      GeoSearchArgs args) {
    return run(Geo.geosearchstore(destination, source, from, by, args, true));
  }
}
