package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.XAddArgs;
import io.github.restredis.XClaimArgs;
import io.github.restredis.XGroupCreateArgs;
import io.github.restredis.XPendingArgs;
import io.github.restredis.XReadGroupArgs;
import io.github.restredis.XTrimArgs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Idempotency of every stream command, and argument checks made before anything is sent. */
class StreamDefinitionsTest {
  private static final Duration ZERO = Duration.ZERO;

  @Test
  void readsAndStateSettingWritesAreIdempotent() {
    assertThat(Streams.xlen("s").idempotent()).isTrue();
    assertThat(Streams.xrange("s", "-", "+", null).idempotent()).isTrue();
    assertThat(Streams.xrevrange("s", "+", "-", 1L).idempotent()).isTrue();
    assertThat(Streams.xread(Map.of("s", "0"), null).idempotent()).isTrue();
    assertThat(Streams.xinfoStream("s").idempotent()).isTrue();
    assertThat(Streams.xdel("s", List.of("1-0")).idempotent()).isTrue();
    assertThat(Streams.xdelex("s", null, List.of("1-0")).idempotent()).isTrue();
    assertThat(Streams.xtrim("s", XTrimArgs.Builder.maxlen(1)).idempotent()).isTrue();
    assertThat(StreamGroups.xack("s", "g", List.of("1-0")).idempotent()).isTrue();
    assertThat(StreamGroups.xackdel("s", "g", null, List.of("1-0")).idempotent()).isTrue();
    assertThat(StreamGroups.xgroupSetid("s", "g", "$", null).idempotent()).isTrue();
    assertThat(StreamGroups.xgroupDestroy("s", "g").idempotent()).isTrue();
    assertThat(StreamGroups.xgroupCreateconsumer("s", "g", "c").idempotent()).isTrue();
    assertThat(StreamGroups.xgroupDelconsumer("s", "g", "c").idempotent()).isTrue();
    assertThat(StreamGroups.xpending("s", "g").idempotent()).isTrue();
    assertThat(StreamGroups.xpending("s", "g", "-", "+", 1, XPendingArgs.none()).idempotent()).isTrue();
    assertThat(StreamGroups.xinfoGroups("s").idempotent()).isTrue();
    assertThat(StreamGroups.xinfoConsumers("s", "g").idempotent()).isTrue();
  }

  @Test
  void writesThatMoveStateOnAreNot() {
    assertThat(Streams.xadd("s", Map.of("f", "v")).idempotent()).isFalse();
    assertThat(Streams.xadd("s", Map.of("f", "v"), XAddArgs.Builder.id("1-1")).idempotent()).isFalse();
    assertThat(StreamGroups.xreadgroup("g", "c", Map.of("s", ">"), XReadGroupArgs.none()).idempotent()).isFalse();
    assertThat(StreamGroups.xclaim("s", "g", "c", ZERO, XClaimArgs.none(), List.of("1-0")).idempotent()).isFalse();
    assertThat(StreamGroups.xautoclaim("s", "g", "c", ZERO, "0", null).idempotent()).isFalse();
    // A repeated CREATE fails with BUSYGROUP even though the first one worked.
    assertThat(StreamGroups.xgroupCreate("s", "g", "$", XGroupCreateArgs.none()).idempotent()).isFalse();
    assertThat(Raw.command(List.of("xgroup", "create", "s", "g", "$")).idempotent()).isFalse();
    assertThat(Raw.command(List.of("xinfo", "stream", "s")).idempotent()).isTrue();
    // Not a stream command, but the same rule: a repeated PUBLISH delivers the message twice.
    assertThat(PubSub.publish("ch", "m").idempotent()).isFalse();
  }

  @Test
  void badArgumentsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> Streams.xadd("s", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Streams.xread(Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Streams.xread(Map.of("s", "0"), 0L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Streams.xdelex("s", null, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamGroups.xack("s", "g", List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamGroups.xclaim("s", "g", "c", Duration.ofMillis(-1), XClaimArgs.none(),
        List.of("1-0"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamGroups.xpending("s", "g", "-", "+", 0, XPendingArgs.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XTrimArgs.Builder.maxlen(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XTrimArgs.Builder.maxlen(5).approximate().limit(3).exact())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> XReadGroupArgs.Builder.count(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void xreadPutsAllKeysBeforeAllIds() {
    Map<String, String> streams = new java.util.LinkedHashMap<>();
    streams.put("a", "1-0");
    streams.put("b", "2-0");
    Command<?> c = Streams.xread(streams, 5L);
    List<String> args = new java.util.ArrayList<>();
    for (int i = 0; i < c.argCount(); i++) {
      args.add(new String(c.arg(i), java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(args).containsExactly("XREAD", "COUNT", "5", "STREAMS", "a", "b", "1-0", "2-0");
  }
}
