package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The geo commands on the examples of the Redis documentation, whose results it gives. */
class GeoIT extends RedisIT {
  private static final Offset<Double> CLOSE = within(1e-3);
  private static final GeoCoordinates PALERMO = new GeoCoordinates(13.361389, 38.115556);
  private static final GeoCoordinates CATANIA = new GeoCoordinates(15.087269, 37.502669);

  private String sicily;

  @BeforeEach
  void sicily() {
    sicily = k("Sicily");
    Map<String, GeoCoordinates> cities = new LinkedHashMap<>();
    cities.put("Palermo", PALERMO);
    cities.put("Catania", CATANIA);
    assertThat(redis.geoadd(sicily, cities)).isEqualTo(2);
  }

  @Test
  void distancesHashesAndPositions() {
    assertThat(redis.geodist(sicily, "Palermo", "Catania")).isCloseTo(166274.1516, CLOSE);
    assertThat(redis.geodist(sicily, "Palermo", "Catania", GeoUnit.KM)).isCloseTo(166.2742, CLOSE);
    assertThat(redis.geodist(sicily, "Palermo", "Catania", GeoUnit.MI)).isCloseTo(103.3182, CLOSE);
    assertThat(redis.geodist(sicily, "Palermo", "Catania", GeoUnit.FT)).isCloseTo(545518.8700, CLOSE);
    assertThat(redis.geodist(sicily, "Palermo", "Catania", GeoUnit.M)).isCloseTo(166274.1516, CLOSE);
    assertThat(redis.geodist(sicily, "Palermo", "Atlantis")).isNull();
    assertThat(redis.geohash(sicily, "Palermo", "Atlantis", "Catania"))
        .isEqualTo(Arrays.asList("sqc8b49rny0", null, "sqdtr74hyu0"));
    List<GeoCoordinates> positions = redis.geopos(sicily, "Palermo", "Atlantis");
    assertThat(positions.get(0).longitude()).isCloseTo(PALERMO.longitude(), within(1e-5));
    assertThat(positions.get(0).latitude()).isCloseTo(PALERMO.latitude(), within(1e-5));
    assertThat(positions.get(1)).isNull();
    assertThat(redis.geopos(k("missing"), "x")).containsExactly((GeoCoordinates) null);
  }

  @Test
  void geoaddOptions() {
    GeoCoordinates elsewhere = new GeoCoordinates(13.5, 38.2);
    assertThat(redis.geoadd(sicily, 15.0, 37.0, "Ragusa")).isEqualTo(1);
    assertThat(redis.geoadd(sicily, 15.1, 37.1, "Ragusa")).as("moved, not added").isZero();
    assertThat(redis.geoadd(sicily, Map.of("Palermo", elsewhere), GeoAddArgs.Builder.nx())).isZero();
    assertThat(redis.geopos(sicily, "Palermo").get(0).longitude()).isCloseTo(PALERMO.longitude(), within(1e-5));
    assertThat(redis.geoadd(sicily, Map.of("Messina", elsewhere), GeoAddArgs.Builder.xx())).isZero();
    assertThat(redis.geopos(sicily, "Messina").get(0)).isNull();
    assertThat(redis.geoadd(sicily, Map.of("Palermo", elsewhere), GeoAddArgs.Builder.xx().ch())).isEqualTo(1);
    assertThat(redis.geopos(sicily, "Palermo").get(0).longitude()).isCloseTo(13.5, within(1e-5));
    assertThat(redis.geoadd(sicily, Map.of("Messina", elsewhere), GeoAddArgs.Builder.nx().ch())).isEqualTo(1);
    assertThatThrownBy(() -> redis.geoadd(sicily, 200, 10, "nowhere"))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.redisMessage()).contains("invalid"));
    assertThatThrownBy(() -> redis.geoadd(sicily, Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.geoadd(sicily, Double.NaN, 10, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchByRadiusAndBox() {
    redis.geoadd(sicily, Map.of("edge1", new GeoCoordinates(12.758489, 38.788135),
        "edge2", new GeoCoordinates(17.241510, 38.788135)));
    assertThat(redis.geosearch(sicily, GeoOrigin.lonLat(15, 37), GeoShape.radius(200, GeoUnit.KM)))
        .containsExactlyInAnyOrder("Palermo", "Catania");
    assertThat(redis.geosearch(sicily, GeoOrigin.lonLat(15, 37), GeoShape.radius(200, GeoUnit.KM),
        GeoSearchArgs.Builder.asc())).extracting(GeoResult::member).containsExactly("Catania", "Palermo");

    List<GeoResult> box = redis.geosearch(sicily, GeoOrigin.lonLat(15, 37), GeoShape.box(400, 400, GeoUnit.KM),
        GeoSearchArgs.Builder.asc().withCoord().withDist());
    assertThat(box).extracting(GeoResult::member).containsExactly("Catania", "Palermo", "edge2", "edge1");
    assertThat(box.get(0).distance()).isCloseTo(56.4413, CLOSE);
    assertThat(box.get(1).distance()).isCloseTo(190.4424, CLOSE);
    assertThat(box.get(2).distance()).isCloseTo(279.7403, CLOSE);
    assertThat(box.get(3).distance()).isCloseTo(279.7405, CLOSE);
    assertThat(box.get(0).coordinates().longitude()).isCloseTo(CATANIA.longitude(), within(1e-5));
    assertThat(box.get(0).hash()).isNull();

    List<GeoResult> hashed = redis.geosearch(sicily, GeoOrigin.lonLat(15, 37), GeoShape.radius(200, GeoUnit.KM),
        GeoSearchArgs.Builder.withHash().asc());
    assertThat(hashed).containsExactly(new GeoResult("Catania", null, 3479447370796909L, null),
        new GeoResult("Palermo", null, 3479099956230698L, null));
  }

  @Test
  void searchOrderAndCount() {
    GeoShape wide = GeoShape.radius(300, GeoUnit.KM);
    assertThat(redis.geosearch(sicily, GeoOrigin.member("Palermo"), wide, GeoSearchArgs.Builder.count(1).asc()))
        .containsExactly(new GeoResult("Palermo", null, null, null));
    assertThat(redis.geosearch(sicily, GeoOrigin.member("Palermo"), wide, GeoSearchArgs.Builder.desc().count(1).withDist()))
        .singleElement().satisfies(r -> {
          assertThat(r.member()).isEqualTo("Catania");
          assertThat(r.distance()).isCloseTo(166.2742, CLOSE);
        });
    assertThat(redis.geosearch(sicily, GeoOrigin.member("Palermo"), wide, GeoSearchArgs.Builder.countAny(1))).hasSize(1);
    List<GeoResult> all = redis.geosearch(sicily, GeoOrigin.member("Palermo"), wide,
        GeoSearchArgs.Builder.withDist().withHash().withCoord().asc());
    assertThat(all.get(0).distance()).isZero();
    assertThat(all.get(0).hash()).isEqualTo(3479099956230698L);
    assertThat(all.get(0).coordinates().latitude()).isCloseTo(PALERMO.latitude(), within(1e-5));
    assertThat(redis.geosearch(sicily, GeoOrigin.lonLat(0, 0), GeoShape.radius(1, GeoUnit.M))).isEmpty();
    assertThatThrownBy(() -> redis.geosearch(sicily, GeoOrigin.member("Atlantis"), wide))
        .isInstanceOf(RedisErrorException.class);
    assertThatThrownBy(() -> GeoSearchArgs.Builder.count(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoShape.radius(-1, GeoUnit.KM)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoShape.box(1, Double.NaN, GeoUnit.KM)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchAndStore() {
    String near = k("near");
    assertThat(redis.geosearchstore(near, sicily, GeoOrigin.lonLat(15, 37), GeoShape.radius(200, GeoUnit.KM),
        GeoSearchArgs.Builder.asc().count(1))).isEqualTo(1);
    assertThat(redis.geopos(near, "Catania").get(0)).isNotNull();
    assertThat(redis.geopos(near, "Palermo").get(0)).isNull();

    String dist = k("dist");
    assertThat(redis.geosearchstoreDist(dist, sicily, GeoOrigin.lonLat(15, 37), GeoShape.radius(200, GeoUnit.KM),
        GeoSearchArgs.none())).isEqualTo(2);
    assertThat(redis.zscore(dist, "Catania")).isCloseTo(56.4413, CLOSE);
    assertThat(redis.zscore(dist, "Palermo")).isCloseTo(190.4424, CLOSE);

    assertThat(redis.geosearchstore(near, sicily, GeoOrigin.lonLat(0, 0), GeoShape.radius(1, GeoUnit.M),
        GeoSearchArgs.none())).isZero();
    assertThat(redis.exists(near)).isZero();
    assertThatThrownBy(() -> redis.geosearchstore(near, sicily, GeoOrigin.member("Palermo"),
        GeoShape.radius(1, GeoUnit.KM), GeoSearchArgs.Builder.withDist()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geosearchstoreDist");
  }

  @Test
  void geoInAnAsyncBatch() throws Exception {
    assertThat(redis.async().geodist(sicily, "Palermo", "Catania", GeoUnit.KM).get()).isCloseTo(166.2742, CLOSE);
    Pipeline p = redis.pipeline();
    Response<List<GeoResult>> found = p.geosearch(sicily, GeoOrigin.member("Catania"),
        GeoShape.box(1, 1, GeoUnit.KM), GeoSearchArgs.Builder.withCoord());
    Response<List<String>> hashes = p.geohash(sicily, "Catania");
    p.exec();
    assertThat(found.get()).extracting(GeoResult::member).containsExactly("Catania");
    assertThat(hashes.get()).containsExactly("sqdtr74hyu0");
  }
}
