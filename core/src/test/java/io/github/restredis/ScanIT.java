package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScanIT extends RedisIT {
  private static final int N = 3000;

  private Set<String> writeKeys() {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < N; i++) {
      values.put(k("key:" + i), Integer.toString(i));
    }
    redis.mset(values);
    return values.keySet();
  }

  @Test
  void scanReturnsEveryKeyOnce() {
    Set<String> expected = writeKeys();
    redis.hset(k("hash"), "f", "v");
    List<String> seen = redis.scanStream(ScanArgs.Builder.match(k("key:*")).count(100))
        .collect(Collectors.toList());
    assertThat(seen).hasSize(N);
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
  }

  @Test
  void scanFiltersByType() {
    writeKeys();
    redis.hset(k("hash:1"), "f", "v");
    redis.hset(k("hash:2"), "f", "v");
    List<String> hashes = new ArrayList<>();
    redis.scanIterator(ScanArgs.Builder.match(k("*")).count(500).type("hash")).forEachRemaining(hashes::add);
    assertThat(hashes).containsExactlyInAnyOrder(k("hash:1"), k("hash:2"));
  }

  @Test
  void scanPagesByHand() {
    Set<String> expected = writeKeys();
    List<String> seen = new ArrayList<>();
    String cursor = "0";
    int pages = 0;
    ScanPage<String> page;
    do {
      page = redis.scan(cursor, ScanArgs.Builder.match(k("key:*")).count(200));
      seen.addAll(page.items());
      cursor = page.cursor();
      pages++;
    } while (!page.isLast());
    assertThat(pages).isGreaterThan(1);
    assertThat(seen).hasSize(N);
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
  }

  @Test
  void streamRequestsOnlyThePagesItConsumes() {
    assumeFalse(againstUpstash(), "reads the local server's command statistics");
    writeKeys();
    server.resetCommandStats();
    assertThat(redis.scanStream(ScanArgs.Builder.count(100)).limit(5).count()).isEqualTo(5);
    assertThat(server.commandStats()).containsEntry("scan", 1L);
    server.resetCommandStats();
    Iterator<String> it = redis.scanIterator(ScanArgs.Builder.count(100));
    assertThat(server.commandStats()).doesNotContainKey("scan");
    int n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    assertThat(n).isEqualTo(N);
    assertThat(server.commandStats().get("scan")).isGreaterThan(10L);
  }

  @Test
  void hscanReturnsEveryFieldOnce() {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < N; i++) {
      fields.put("field:" + i, "value:" + i);
    }
    redis.hset(k("h"), fields);
    List<Map.Entry<String, String>> seen = redis.hscanStream(k("h"), ScanArgs.Builder.count(50))
        .collect(Collectors.toList());
    assertThat(seen).hasSize(N);
    assertThat(seen.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(fields);
    assertThat(redis.hscanStream(k("h"), ScanArgs.Builder.match("field:1?")).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("field:10", "field:11", "field:12", "field:13", "field:14",
            "field:15", "field:16", "field:17", "field:18", "field:19");
  }

  @Test
  void sscanReturnsEveryMemberOnce() {
    String[] members = new String[N];
    for (int i = 0; i < N; i++) {
      members[i] = "m" + i;
    }
    redis.sadd(k("s"), members);
    List<String> seen = new ArrayList<>();
    redis.sscanIterator(k("s"), ScanArgs.Builder.count(100)).forEachRemaining(seen::add);
    assertThat(seen).hasSize(N).containsExactlyInAnyOrder(members);
  }

  @Test
  void zscanReturnsEveryMemberWithItsScoreOnce() {
    Map<String, Double> scores = new HashMap<>();
    for (int i = 0; i < N; i++) {
      scores.put("m" + i, i + 0.5);
    }
    redis.zadd(k("z"), scores);
    List<ScoredValue> seen = redis.zscanStream(k("z"), ScanArgs.Builder.count(100)).collect(Collectors.toList());
    assertThat(seen).hasSize(N);
    assertThat(seen.stream().collect(Collectors.toMap(ScoredValue::value, ScoredValue::score))).isEqualTo(scores);
  }

  @Test
  void smallCollectionsComeInOnePageAndMissingKeysAreEmpty() {
    redis.sadd(k("small"), "a", "b", "c");
    ScanPage<String> page = redis.sscan(k("small"), "0", ScanArgs.none());
    assertThat(page.isLast()).isTrue();
    assertThat(page.items()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(redis.hscanStream(k("missing"), ScanArgs.none())).isEmpty();
    assertThat(redis.zscanIterator(k("missing"), ScanArgs.none()).hasNext()).isFalse();
  }
}
