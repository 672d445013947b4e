package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.local.RequiresRedis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XADD, XRANGE, XREVRANGE, XLEN, XDEL, XTRIM, XREAD and XINFO STREAM against a real Redis. */
class StreamsIT extends RedisIT {
  private static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void addAndReadBackInOrder() {
    String id = redis.xadd(k("s"), fields("z", "1", "a", "2", "m", "3"));
    assertThat(id).matches("\\d+-\\d+");
    List<StreamEntry> all = redis.xrange(k("s"), "-", "+");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).id()).isEqualTo(id);
    // Field order is the order of the map given to XADD, not sorted.
    assertThat(all.get(0).fields().keySet()).containsExactly("z", "a", "m");
    assertThat(all.get(0).fields()).containsEntry("a", "2");
    assertThat(all.get(0).isDeleted()).isFalse();
    assertThat(redis.xlen(k("s"))).isEqualTo(1);
    assertThat(redis.xlen(k("missing"))).isZero();
    assertThat(redis.xrange(k("missing"), "-", "+")).isEmpty();
  }

  @Test
  void explicitIdsAndNomkstream() {
    assertThat(redis.xadd(k("s"), fields("f", "v"), XAddArgs.Builder.id("5-1"))).isEqualTo("5-1");
    assertThat(redis.xadd(k("s"), fields("f", "v"), XAddArgs.Builder.id("5-*"))).isEqualTo("5-2");
    assertThatThrownBy(() -> redis.xadd(k("s"), fields("f", "v"), XAddArgs.Builder.id("1-1")))
        .isInstanceOf(RedisErrorException.class)
        .hasMessageContaining("equal or smaller");
    assertThat(redis.xadd(k("none"), fields("f", "v"), XAddArgs.Builder.nomkstream())).isNull();
    assertThat(redis.exists(k("none"))).isZero();
    assertThat(redis.xadd(k("s"), fields("f", "v"), XAddArgs.Builder.nomkstream().id("9-0")))
        .isEqualTo("9-0");
    assertThat(redis.xadd(k("s"), fields("f", "v"), XAddArgs.none())).matches("\\d+-\\d+");
  }

  @Test
  void addWithTrimming() {
    for (int i = 1; i <= 5; i++) {
      redis.xadd(k("s"), fields("n", "" + i), XAddArgs.Builder.id(i + "-0"));
    }
    redis.xadd(k("s"), fields("n", "6"), XAddArgs.Builder.id("6-0").trim(XTrimArgs.Builder.maxlen(3)));
    assertThat(ids(redis.xrange(k("s"), "-", "+"))).containsExactly("4-0", "5-0", "6-0");
    redis.xadd(k("s"), fields("n", "7"),
        XAddArgs.Builder.id("7-0").trim(XTrimArgs.Builder.minid("6-0").exact()));
    assertThat(ids(redis.xrange(k("s"), "-", "+"))).containsExactly("6-0", "7-0");
    // Approximate trimming with LIMIT only removes whole nodes, so a small stream is kept as is.
    redis.xadd(k("s"), fields("n", "8"),
        XAddArgs.Builder.id("8-0").trim(XTrimArgs.Builder.maxlen(1).approximate().limit(10)));
    assertThat(redis.xlen(k("s"))).isEqualTo(3);
  }

  @Test
  void rangesWithCountAndExclusiveBounds() {
    for (int i = 1; i <= 5; i++) {
      redis.xadd(k("s"), fields("n", "" + i), XAddArgs.Builder.id(i + "-0"));
    }
    assertThat(ids(redis.xrange(k("s"), "2-0", "4-0"))).containsExactly("2-0", "3-0", "4-0");
    assertThat(ids(redis.xrange(k("s"), "(2-0", "+", 2))).containsExactly("3-0", "4-0");
    assertThat(ids(redis.xrevrange(k("s"), "+", "-"))).containsExactly("5-0", "4-0", "3-0", "2-0", "1-0");
    assertThat(ids(redis.xrevrange(k("s"), "(5-0", "-", 2))).containsExactly("4-0", "3-0");
    assertThat(redis.xrevrange(k("s"), "+", "-", 1).get(0).fields()).containsEntry("n", "5");
    assertThatThrownBy(() -> redis.xrange(k("s"), "-", "+", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteAndTrim() {
    for (int i = 1; i <= 10; i++) {
      redis.xadd(k("s"), fields("n", "" + i), XAddArgs.Builder.id(i + "-0"));
    }
    assertThat(redis.xdel(k("s"), "1-0", "2-0", "99-0")).isEqualTo(2);
    assertThat(redis.xtrim(k("s"), XTrimArgs.Builder.maxlen(6))).isEqualTo(2);
    assertThat(ids(redis.xrange(k("s"), "-", "+", 1))).containsExactly("5-0");
    assertThat(redis.xtrim(k("s"), XTrimArgs.Builder.minid("7-0").exact())).isEqualTo(2);
    // Approximate trimming removes whole nodes only: the one node cannot go while 1 must stay.
    assertThat(redis.xtrim(k("s"), XTrimArgs.Builder.maxlen(1).approximate())).isZero();
    assertThat(redis.xtrim(k("s"), XTrimArgs.Builder.maxlen(0).approximate().limit(100))).isEqualTo(4);
    assertThat(redis.xlen(k("s"))).isZero();
    assertThat(redis.xtrim(k("missing"), XTrimArgs.Builder.maxlen(0))).isZero();
    assertThatThrownBy(() -> redis.xdel(k("s"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XTrimArgs.Builder.maxlen(1).limit(5)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readSeveralStreamsWithoutBlocking() {
    redis.xadd(k("a"), fields("f", "a1"), XAddArgs.Builder.id("1-0"));
    redis.xadd(k("a"), fields("f", "a2"), XAddArgs.Builder.id("2-0"));
    redis.xadd(k("b"), fields("f", "b1"), XAddArgs.Builder.id("1-0"));
    Map<String, String> from = new LinkedHashMap<>();
    from.put(k("b"), "0");
    from.put(k("a"), "1-0");
    Map<String, List<StreamEntry>> read = redis.xread(from);
    assertThat(read.keySet()).containsExactly(k("b"), k("a"));
    assertThat(ids(read.get(k("a")))).containsExactly("2-0");
    assertThat(read.get(k("b")).get(0).fields()).containsEntry("f", "b1");

    Map<String, List<StreamEntry>> counted = redis.xread(Map.of(k("a"), "0"), 1);
    assertThat(ids(counted.get(k("a")))).containsExactly("1-0");
    // Nothing new (and $ without BLOCK) is Redis's nil: an empty map.
    assertThat(redis.xread(Map.of(k("a"), "2-0"))).isEmpty();
    assertThat(redis.xread(Map.of(k("a"), "$"))).isEmpty();
    assertThat(redis.xread(Map.of(k("missing"), "0"))).isEmpty();
    assertThatThrownBy(() -> redis.xread(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blockingReadsAreNotServedOverRest() {
    redis.xadd(k("s"), fields("f", "v"));
    assertThatThrownBy(() -> redis.command("XREAD", "BLOCK", "10", "STREAMS", k("s"), "$"))
        .isInstanceOf(RedisErrorException.class)
        .hasMessageContaining("not available");
  }

  @Test
  void infoStream() {
    redis.xadd(k("s"), fields("f", "1"), XAddArgs.Builder.id("1-1"));
    redis.xadd(k("s"), fields("f", "2"), XAddArgs.Builder.id("2-1"));
    redis.xgroupCreate(k("s"), "g", "0");
    redis.xdel(k("s"), "1-1");
    StreamInfo info = redis.xinfoStream(k("s"));
    assertThat(info.length()).isEqualTo(1);
    assertThat(info.lastGeneratedId()).isEqualTo("2-1");
    assertThat(info.groups()).isEqualTo(1);
    assertThat(info.radixTreeKeys()).isPositive();
    assertThat(info.radixTreeNodes()).isPositive();
    assertThat(info.firstEntry()).isEqualTo(new StreamEntry("2-1", Map.of("f", "2")));
    assertThat(info.lastEntry()).isEqualTo(info.firstEntry());
    if (server.redisVersionAtLeast("7.0")) {
      assertThat(info.maxDeletedEntryId()).isEqualTo("1-1");
      assertThat(info.entriesAdded()).isEqualTo(2);
      assertThat(info.recordedFirstEntryId()).isEqualTo("2-1");
    } else {
      assertThat(info.recordedFirstEntryId()).isNull();
    }

    redis.xdel(k("s"), "2-1");
    StreamInfo empty = redis.xinfoStream(k("s"));
    assertThat(empty.length()).isZero();
    assertThat(empty.firstEntry()).isNull();
    assertThat(empty.lastEntry()).isNull();
    assertThatThrownBy(() -> redis.xinfoStream(k("missing"))).isInstanceOf(RedisErrorException.class);
  }

  @Test
  void everySurfaceDecodesEntries() throws Exception {
    redis.xadd(k("s"), fields("f", "v"), XAddArgs.Builder.id("1-0"));
    assertThat(redis.async().xrange(k("s"), "-", "+").get()).extracting(StreamEntry::id).containsExactly("1-0");
    Pipeline p = redis.pipeline();
    Response<String> added = p.xadd(k("s"), fields("g", "w"));
    Response<Long> len = p.xlen(k("s"));
    p.exec();
    assertThat(added.get()).isNotNull();
    assertThat(len.get()).isEqualTo(2);
    Transaction tx = redis.multi();
    Response<Map<String, List<StreamEntry>>> read = tx.xread(Map.of(k("s"), "1-0"));
    tx.exec();
    assertThat(read.get().get(k("s")).get(0).fields()).containsEntry("g", "w");
  }

  @Test
  @RequiresRedis("8.2")
  void deleteWithReferencePolicies() {
    redis.xadd(k("s"), fields("f", "1"), XAddArgs.Builder.id("1-0"));
    redis.xadd(k("s"), fields("f", "2"), XAddArgs.Builder.id("2-0"));
    redis.xgroupCreate(k("s"), "g", "0");
    redis.xreadgroup("g", "c", Map.of(k("s"), ">"));
    // ACKED keeps entries that the group has not acknowledged.
    assertThat(redis.xdelex(k("s"), StreamDeletePolicy.ACKED, "1-0", "9-0"))
        .containsExactly(StreamDeleteResult.NOT_DELETED, StreamDeleteResult.NOT_FOUND);
    assertThat(redis.xackdel(k("s"), "g", StreamDeletePolicy.ACKED, "1-0"))
        .containsExactly(StreamDeleteResult.DELETED);
    assertThat(redis.xdelex(k("s"), "2-0")).containsExactly(StreamDeleteResult.DELETED);
    assertThat(redis.xackdel(k("s"), "g", "2-0")).containsExactly(StreamDeleteResult.DELETED);
    assertThat(redis.xlen(k("s"))).isZero();
    redis.xadd(k("s"), fields("f", "3"), XAddArgs.Builder.id("3-0")
        .trim(XTrimArgs.Builder.maxlen(0).policy(StreamDeletePolicy.DELREF)));
    assertThat(redis.xtrim(k("s"), XTrimArgs.Builder.maxlen(0).policy(StreamDeletePolicy.KEEPREF)))
        .isZero();
  }

  static List<String> ids(List<StreamEntry> entries) {
    return entries.stream().map(StreamEntry::id).toList();
  }
}
