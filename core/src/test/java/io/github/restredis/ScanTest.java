package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScanTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private String body() {
    return mock.take().getBody().readUtf8();
  }

  /** A page as the server sends it with base64 on: every string encoded, the cursor too. */
  private void page(String cursor, String... items) {
    String encoded = Stream.of(items).map(i -> "\"" + MockServer.b64(i) + "\"").collect(Collectors.joining(","));
    mock.result("[\"" + MockServer.b64(cursor) + "\",[" + encoded + "]]");
  }

  @Test
  void singlePageWithAllOptions() {
    page("17", "a", "b");
    ScanPage<String> page = redis.scan("0", ScanArgs.Builder.match("user:*").count(100).type("hash"));
    assertThat(page.cursor()).isEqualTo("17");
    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.isLast()).isFalse();
    assertThat(body()).isEqualTo("[\"SCAN\",\"0\",\"MATCH\",\"user:*\",\"COUNT\",\"100\",\"TYPE\",\"hash\"]");
  }

  @Test
  void iteratorRequestsPagesOnlyWhenConsumedAndThreadsTheCursor() {
    page("5", "a", "b");
    page("18446744073709551615", "c");
    page("0", "d");
    Iterator<String> keys = redis.scanIterator(ScanArgs.Builder.count(2));
    assertThat(mock.requestCount()).isZero();
    assertThat(keys.next()).isEqualTo("a");
    assertThat(mock.requestCount()).isEqualTo(1);
    assertThat(keys.next()).isEqualTo("b");
    assertThat(mock.requestCount()).isEqualTo(1);
    assertThat(keys.hasNext()).isTrue();
    assertThat(mock.requestCount()).isEqualTo(2);
    assertThat(keys.next()).isEqualTo("c");
    assertThat(keys.next()).isEqualTo("d");
    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(mock.requestCount()).isEqualTo(3);
    assertThat(body()).isEqualTo("[\"SCAN\",\"0\",\"COUNT\",\"2\"]");
    assertThat(body()).isEqualTo("[\"SCAN\",\"5\",\"COUNT\",\"2\"]");
    assertThat(body()).isEqualTo("[\"SCAN\",\"18446744073709551615\",\"COUNT\",\"2\"]");
  }

  @Test
  void emptyPagesBeforeTheEndAreSkipped() {
    page("3");
    page("9");
    page("4", "x");
    page("0");
    assertThat(redis.scanStream(ScanArgs.Builder.match("x*")).collect(Collectors.toList())).containsExactly("x");
    assertThat(mock.requestCount()).isEqualTo(4);
  }

  @Test
  void streamSendsNothingUntilConsumedAndStopsEarly() {
    page("7", "a", "b");
    page("0", "c");
    Stream<String> stream = redis.scanStream(ScanArgs.none());
    assertThat(mock.requestCount()).isZero();
    assertThat(stream.limit(2).collect(Collectors.toList())).containsExactly("a", "b");
    assertThat(mock.requestCount()).isEqualTo(1);
    assertThat(body()).isEqualTo("[\"SCAN\",\"0\"]");
  }

  @Test
  void hscanYieldsEntries() {
    page("2", "f1", "v1");
    page("0", "f2", "v2");
    List<Map.Entry<String, String>> entries =
        redis.hscanStream("h", ScanArgs.Builder.match("f*").count(10)).collect(Collectors.toList());
    assertThat(entries).containsExactly(Map.entry("f1", "v1"), Map.entry("f2", "v2"));
    assertThat(body()).isEqualTo("[\"HSCAN\",\"h\",\"0\",\"MATCH\",\"f*\",\"COUNT\",\"10\"]");
    assertThat(body()).isEqualTo("[\"HSCAN\",\"h\",\"2\",\"MATCH\",\"f*\",\"COUNT\",\"10\"]");
  }

  @Test
  void sscanAndZscan() {
    page("0", "m1", "m2");
    assertThat(redis.sscan("s", "0", ScanArgs.none()).items()).containsExactly("m1", "m2");
    assertThat(body()).isEqualTo("[\"SSCAN\",\"s\",\"0\"]");
    page("0", "m1", "1.5", "m2", "-inf");
    Iterator<ScoredValue> it = redis.zscanIterator("z", ScanArgs.Builder.count(3));
    assertThat(it.next()).isEqualTo(new ScoredValue("m1", 1.5));
    assertThat(it.next()).isEqualTo(new ScoredValue("m2", Double.NEGATIVE_INFINITY));
    assertThat(it.hasNext()).isFalse();
    assertThat(body()).isEqualTo("[\"ZSCAN\",\"z\",\"0\",\"COUNT\",\"3\"]");
  }

  @Test
  void badArgumentsFailBeforeSending() {
    assertThatThrownBy(() -> redis.hscanIterator("h", ScanArgs.Builder.type("string")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE");
    assertThatThrownBy(() -> redis.zscan("z", "0", ScanArgs.Builder.type("zset")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.scan("-1", ScanArgs.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.scan("", ScanArgs.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScanArgs.Builder.count(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.requestCount()).isZero();
  }

  @Test
  void failedPageThrowsAndCanBeRetriedByTheCaller() {
    page("6", "a");
    mock.enqueue(400, "{\"error\":\"ERR invalid cursor\"}");
    page("0", "b");
    Iterator<String> it = redis.scanIterator(ScanArgs.none());
    assertThat(it.next()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isInstanceOf(RedisErrorException.class);
    assertThat(it.next()).isEqualTo("b");
    mock.take();
    assertThat(body()).isEqualTo("[\"SCAN\",\"6\"]");
    assertThat(body()).isEqualTo("[\"SCAN\",\"6\"]");
  }

  @Test
  void malformedPageIsADecodeError() {
    mock.result("[\"" + MockServer.b64("0") + "\"]");
    assertThatThrownBy(() -> redis.scan("0", ScanArgs.none())).isInstanceOf(ReplyDecodeException.class);
  }

  @Test
  void scanArgsAreValues() {
    assertThat(ScanArgs.Builder.match("a").count(5)).isEqualTo(ScanArgs.none().count(5).match("a"));
    assertThat(ScanArgs.none().type("set").toString()).contains("TYPE set");
    assertThat(ScanArgs.none().pattern()).isNull();
  }
}
