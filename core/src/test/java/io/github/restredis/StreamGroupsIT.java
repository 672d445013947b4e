package io.github.restredis;

import static io.github.restredis.StreamsIT.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consumer groups: XGROUP, XREADGROUP, XACK, XCLAIM, XAUTOCLAIM, XPENDING and XINFO. */
class StreamGroupsIT extends RedisIT {
  private String s;

  @BeforeEach
  void stream() {
    s = k("s");
    for (int i = 1; i <= 3; i++) {
      redis.xadd(s, Map.of("n", "" + i), XAddArgs.Builder.id(i + "-0"));
    }
  }

  private List<StreamEntry> read(String group, String consumer, String from) {
    return redis.xreadgroup(group, consumer, Map.of(s, from)).getOrDefault(s, List.of());
  }

  @Test
  void createSetidDestroy() {
    redis.xgroupCreate(s, "g", "0");
    assertThatThrownBy(() -> redis.xgroupCreate(s, "g", "0"))
        .isInstanceOfSatisfying(RedisErrorException.class,
            e -> assertThat(e.redisMessage()).startsWith("BUSYGROUP"));
    assertThatThrownBy(() -> redis.xgroupCreate(k("none"), "g", "$"))
        .isInstanceOf(RedisErrorException.class);
    redis.xgroupCreate(k("none"), "g", "$", XGroupCreateArgs.Builder.mkstream());
    assertThat(redis.xlen(k("none"))).isZero();
    assertThat(redis.type(k("none"))).isEqualTo("stream");

    redis.xgroupCreate(s, "late", "$");
    assertThat(read("late", "c", ">")).isEmpty();
    redis.xgroupSetid(s, "late", "1-0");
    assertThat(ids(read("late", "c", ">"))).containsExactly("2-0", "3-0");

    assertThat(redis.xgroupDestroy(s, "late")).isTrue();
    assertThat(redis.xgroupDestroy(s, "late")).isFalse();
    assertThat(redis.xinfoGroups(s)).extracting(StreamGroupInfo::name).containsExactly("g");
  }

  @Test
  void entriesReadAndLag() {
    redis.xgroupCreate(s, "g", "1-0", XGroupCreateArgs.Builder.entriesRead(1));
    StreamGroupInfo g = redis.xinfoGroups(s).get(0);
    assertThat(g.lastDeliveredId()).isEqualTo("1-0");
    if (server.redisVersionAtLeast("7.0")) {
      assertThat(g.entriesRead()).isEqualTo(1);
      assertThat(g.lag()).isEqualTo(2);
    }
    redis.xgroupSetid(s, "g", "3-0", 3);
    g = redis.xinfoGroups(s).get(0);
    assertThat(g.lastDeliveredId()).isEqualTo("3-0");
    if (server.redisVersionAtLeast("7.0")) {
      assertThat(g.entriesRead()).isEqualTo(3);
      assertThat(g.lag()).isZero();
    }
  }

  @Test
  void consumers() {
    redis.xgroupCreate(s, "g", "0");
    assertThat(redis.xgroupCreateconsumer(s, "g", "idle")).isTrue();
    assertThat(redis.xgroupCreateconsumer(s, "g", "idle")).isFalse();
    read("g", "busy", ">");
    List<StreamConsumerInfo> consumers = redis.xinfoConsumers(s, "g");
    assertThat(consumers).extracting(StreamConsumerInfo::name).containsExactlyInAnyOrder("idle", "busy");
    StreamConsumerInfo busy = consumers.stream().filter(c -> c.name().equals("busy")).findFirst().orElseThrow();
    assertThat(busy.pending()).isEqualTo(3);
    assertThat(busy.idle().isNegative()).isFalse();
    if (server.redisVersionAtLeast("7.2")) {
      assertThat(busy.inactive()).isNotNull();
    } else {
      assertThat(busy.inactive()).isNull();
    }
    assertThat(redis.xgroupDelconsumer(s, "g", "busy")).isEqualTo(3);
    assertThat(redis.xgroupDelconsumer(s, "g", "idle")).isZero();
    assertThat(redis.xinfoConsumers(s, "g")).isEmpty();
    assertThat(redis.xpending(s, "g").count()).isZero();
  }

  @Test
  void readAcknowledgeAndHistory() {
    redis.xgroupCreate(s, "g", "0");
    Map<String, List<StreamEntry>> first =
        redis.xreadgroup("g", "c", Map.of(s, ">"), XReadGroupArgs.Builder.count(2));
    assertThat(ids(first.get(s))).containsExactly("1-0", "2-0");
    assertThat(first.get(s).get(0).fields()).containsEntry("n", "1");
    // The consumer's own pending entries, from its history.
    assertThat(ids(read("g", "c", "0"))).containsExactly("1-0", "2-0");
    assertThat(redis.xack(s, "g", "1-0", "9-0")).isEqualTo(1);
    assertThat(redis.xack(s, "g", "1-0")).isZero();
    assertThat(ids(read("g", "c", "0"))).containsExactly("2-0");

    // A pending entry deleted since comes back as its ID alone.
    redis.xdel(s, "2-0");
    List<StreamEntry> history = read("g", "c", "0");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).id()).isEqualTo("2-0");
    assertThat(history.get(0).isDeleted()).isTrue();

    // NOACK: delivered but never pending.
    redis.xreadgroup("g", "c", Map.of(s, ">"), XReadGroupArgs.Builder.noack().count(5));
    assertThat(redis.xpending(s, "g").count()).isEqualTo(1);
    assertThat(read("g", "c", ">")).isEmpty();
    assertThatThrownBy(() -> redis.xreadgroup("nope", "c", Map.of(s, ">")))
        .isInstanceOfSatisfying(RedisErrorException.class,
            e -> assertThat(e.redisMessage()).startsWith("NOGROUP"));
  }

  @Test
  void pendingSummaryAndRange() {
    redis.xgroupCreate(s, "g", "0");
    StreamPendingSummary none = redis.xpending(s, "g");
    assertThat(none.count()).isZero();
    assertThat(none.lowestId()).isNull();
    assertThat(none.highestId()).isNull();
    assertThat(none.consumers()).isEmpty();

    redis.xreadgroup("g", "a", Map.of(s, ">"), XReadGroupArgs.Builder.count(1));
    redis.xreadgroup("g", "b", Map.of(s, ">"));
    StreamPendingSummary summary = redis.xpending(s, "g");
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.lowestId()).isEqualTo("1-0");
    assertThat(summary.highestId()).isEqualTo("3-0");
    assertThat(summary.consumers()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));

    List<StreamPendingEntry> range = redis.xpending(s, "g", "-", "+", 10);
    assertThat(range).extracting(StreamPendingEntry::id).containsExactly("1-0", "2-0", "3-0");
    assertThat(range.get(0).consumer()).isEqualTo("a");
    assertThat(range.get(0).deliveryCount()).isEqualTo(1);
    assertThat(redis.xpending(s, "g", "(1-0", "+", 1)).extracting(StreamPendingEntry::id).containsExactly("2-0");
    assertThat(redis.xpending(s, "g", "-", "+", 10, XPendingArgs.Builder.consumer("a")))
        .extracting(StreamPendingEntry::id).containsExactly("1-0");
    // Make one entry look idle for an hour: only it passes the IDLE filter.
    redis.xclaim(s, "g", "b", Duration.ZERO, XClaimArgs.Builder.idle(Duration.ofHours(1)), "3-0");
    assertThat(redis.xpending(s, "g", "-", "+", 10, XPendingArgs.Builder.idle(Duration.ofMinutes(30))))
        .extracting(StreamPendingEntry::id).containsExactly("3-0");
    assertThat(redis.xpending(s, "g", "-", "+", 10,
        XPendingArgs.Builder.idle(Duration.ofMinutes(30)).consumer("a"))).isEmpty();
  }

  @Test
  void claimWithOptions() {
    redis.xgroupCreate(s, "g", "0");
    read("g", "a", ">");
    // Entries idle for less than an hour are left alone.
    assertThat(redis.xclaim(s, "g", "b", Duration.ofHours(1), "1-0")).isEmpty();
    List<StreamEntry> claimed = redis.xclaim(s, "g", "b", Duration.ZERO, "1-0", "2-0");
    assertThat(ids(claimed)).containsExactly("1-0", "2-0");
    assertThat(claimed.get(0).fields()).containsEntry("n", "1");
    assertThat(redis.xpending(s, "g", "1-0", "1-0", 1).get(0))
        .satisfies(p -> {
          assertThat(p.consumer()).isEqualTo("b");
          assertThat(p.deliveryCount()).isEqualTo(2);
        });

    redis.xclaim(s, "g", "c", Duration.ZERO, XClaimArgs.Builder.retryCount(7), "1-0");
    assertThat(redis.xpending(s, "g", "1-0", "1-0", 1).get(0).deliveryCount()).isEqualTo(7);

    redis.xclaim(s, "g", "c", Duration.ZERO, XClaimArgs.Builder.time(Instant.now().minus(Duration.ofHours(2))), "2-0");
    assertThat(redis.xpending(s, "g", "2-0", "2-0", 1).get(0).idle()).isGreaterThanOrEqualTo(Duration.ofHours(2));

    // Each claim counted a delivery (read by a, claimed by b, then by c); JUSTID does not.
    assertThat(redis.xpending(s, "g", "2-0", "2-0", 1).get(0).deliveryCount()).isEqualTo(3);
    assertThat(redis.xclaimJustId(s, "g", "d", Duration.ZERO, XClaimArgs.none(), "2-0"))
        .containsExactly("2-0");
    StreamPendingEntry justClaimed = redis.xpending(s, "g", "2-0", "2-0", 1).get(0);
    assertThat(justClaimed.consumer()).isEqualTo("d");
    assertThat(justClaimed.deliveryCount()).isEqualTo(3);

    // FORCE claims an entry that exists but is not pending.
    redis.xadd(s, Map.of("n", "4"), XAddArgs.Builder.id("4-0"));
    assertThat(redis.xclaim(s, "g", "d", Duration.ZERO, "4-0")).isEmpty();
    assertThat(ids(redis.xclaim(s, "g", "d", Duration.ZERO, XClaimArgs.Builder.force(), "4-0")))
        .containsExactly("4-0");

    // LASTID moves the group's last delivered ID forward.
    redis.xclaim(s, "g", "d", Duration.ZERO, XClaimArgs.Builder.lastId("4-0"), "4-0");
    assertThat(redis.xinfoGroups(s).get(0).lastDeliveredId()).isEqualTo("4-0");
    assertThatThrownBy(() -> redis.xclaim(s, "g", "d", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void autoclaimPagesAndDeletedEntries() {
    redis.xgroupCreate(s, "g", "0");
    read("g", "a", ">");
    assertThat(redis.xautoclaim(s, "g", "b", Duration.ofHours(1), "0-0").claimed()).isEmpty();

    AutoClaimResult<StreamEntry> page = redis.xautoclaim(s, "g", "b", Duration.ZERO, "0-0", 2);
    assertThat(ids(page.claimed())).containsExactly("1-0", "2-0");
    assertThat(page.nextStartId()).isEqualTo("3-0");
    assertThat(page.deletedIds()).isEmpty();

    AutoClaimResult<String> rest = redis.xautoclaimJustId(s, "g", "b", Duration.ZERO, page.nextStartId(), 10);
    assertThat(rest.claimed()).containsExactly("3-0");
    assertThat(rest.nextStartId()).isEqualTo("0-0");

    redis.xdel(s, "2-0");
    AutoClaimResult<StreamEntry> afterDelete = redis.xautoclaim(s, "g", "c", Duration.ZERO, "0-0");
    assertThat(ids(afterDelete.claimed())).containsExactly("1-0", "3-0");
    if (server.redisVersionAtLeast("7.0")) {
      assertThat(afterDelete.deletedIds()).containsExactly("2-0");
      assertThat(redis.xpending(s, "g").count()).isEqualTo(2);
    }
    assertThat(redis.xinfoConsumers(s, "g")).extracting(StreamConsumerInfo::name).contains("c");
  }

  @Test
  void groupsOnEverySurface() throws Exception {
    redis.async().xgroupCreate(s, "g", "0").get();
    Pipeline p = redis.pipeline();
    Response<Map<String, List<StreamEntry>>> read = p.xreadgroup("g", "c", Map.of(s, ">"));
    Response<StreamPendingSummary> pending = p.xpending(s, "g");
    Response<Long> acked = p.xack(s, "g", "1-0", "2-0", "3-0");
    p.exec();
    assertThat(ids(read.get().get(s))).containsExactly("1-0", "2-0", "3-0");
    assertThat(pending.get().count()).isEqualTo(3);
    assertThat(acked.get()).isEqualTo(3);
  }
}
