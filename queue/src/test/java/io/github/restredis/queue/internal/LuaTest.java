package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Script;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LuaTest {
  private static final List<Script> ALL = List.of(Lua.ENQUEUE, Lua.DEQUEUE, Lua.ACK, Lua.NACK, Lua.TOUCH,
      Lua.CANCEL, Lua.RELEASE, Lua.REDRIVE, Lua.INSPECT_DEAD, Lua.METRICS);

  @Test
  void everyScriptAsksUpstashToLockOnlyItsKeys() {
    for (Script script : ALL) {
      String firstLine = script.source().substring(0, script.source().indexOf('\n'));
      assertThat(firstLine).isEqualTo("#!lua flags=allow-key-locking");
    }
  }

  @Test
  void everyCommandTouchesADeclaredKeyNeverAComputedOne() {
    Pattern call = Pattern.compile("redis\\.call\\('([A-Z]+)', ([^,)]+)");
    for (Script script : ALL) {
      Matcher m = call.matcher(script.source());
      int calls = 0;
      while (m.find()) {
        calls++;
        assertThat(m.group(2)).as("key of %s in %s", m.group(1), script)
            .isIn("JOBS", "READY", "TIMELINE", "DEAD", "SOURCE");
      }
      assertThat(calls).isPositive();
      assertThat(script.source()).doesNotContain("redis.pcall", "KEYS[6]");
    }
    assertThat(Lua.DEQUEUE.source()).contains("local SOURCE = KEYS[5]");
  }

  @Test
  void readingScriptsWriteNothing() {
    for (Script script : List.of(Lua.INSPECT_DEAD, Lua.METRICS)) {
      assertThat(script.source()).doesNotContain("'HSET'", "'HDEL'", "'ZADD'", "'ZREM'", "'LPUSH'", "'LREM'",
          "'RPOP'", "'ZPOPMIN'");
    }
  }

  @Test
  void onlyDequeueAndRedriveAreNeverSentTwice() {
    assertThat(ALL).filteredOn(s -> !s.isIdempotent()).containsExactlyInAnyOrder(Lua.DEQUEUE, Lua.REDRIVE);
  }
}
