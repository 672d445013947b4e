package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.restredis.local.RequiresRedis;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsIT extends RedisIT {
  private static final Script COMPARE_AND_DELETE = Script.of(
      "#!lua flags=allow-key-locking\n"
          + "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end\n"
          + "return 0");

  @Test
  void allowKeyLockingScriptRuns() {
    redis.set(k("lock"), "owner-1");
    assertThat(COMPARE_AND_DELETE.eval(redis, List.of(k("lock")), List.of("owner-2")).asLong()).isZero();
    assertThat(redis.get(k("lock"))).isEqualTo("owner-1");
    assertThat(COMPARE_AND_DELETE.eval(redis, List.of(k("lock")), List.of("owner-1")).asLong()).isEqualTo(1);
    assertThat(redis.get(k("lock"))).isNull();
  }

  @Test
  void evalshaByLocalSha1AfterLoad() {
    Script script = Script.of("#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])");
    assertThat(script.load(redis)).isEqualTo(script.sha1());
    assertThat(redis.scriptExists(script.sha1(), "0000000000000000000000000000000000000000"))
        .containsExactly(true, false);
    assertThat(redis.evalsha(script.sha1(), List.of(k("n")), List.of("4")).asLong()).isEqualTo(4);
    assertThat(script.eval(redis, List.of(k("n")), List.of("3")).asLong()).isEqualTo(7);
  }

  @Test
  void noscriptAfterFlushFallsBackToEvalOnce() {
    assumeFalse(againstUpstash(), "reads the local server's command statistics and flushes scripts");
    Script script = Script.of("return redis.call('INCR', KEYS[1])");
    assertThat(script.eval(redis, List.of(k("n")), List.of()).asLong()).isEqualTo(1);
    redis.scriptFlush();
    assertThat(redis.scriptExists(script.sha1())).containsExactly(false);
    redis.scriptLoad("return 1");
    redis.scriptFlush(FlushMode.ASYNC);
    assertThat(redis.scriptExists(Script.of("return 1").sha1())).containsExactly(false);
    redis.scriptLoad("return 1");
    redis.scriptFlush(FlushMode.SYNC);
    assertThat(redis.scriptExists(Script.of("return 1").sha1())).containsExactly(false);
    server.resetCommandStats();
    long before = redis.metrics().requests();
    assertThat(script.eval(redis, List.of(k("n")), List.of()).asLong()).isEqualTo(2);
    assertThat(redis.metrics().requests() - before).isEqualTo(2); // EVALSHA, then EVAL
    assertThat(server.commandStats()).containsEntry("incr", 1L);
    // The EVAL cached it again: the next call is one EVALSHA.
    assertThat(redis.scriptExists(script.sha1())).containsExactly(true);
    long requests = redis.metrics().requests();
    assertThat(script.eval(redis, List.of(k("n")), List.of()).asLong()).isEqualTo(3);
    assertThat(redis.metrics().requests()).isEqualTo(requests + 1);
  }

  @Test
  void repliesMapToValueTrees() {
    Reply reply = Script.of("return {1, 'two', false, {KEYS[1], ARGV[1]}}")
        .evalBytes(redis, List.of(k("a").getBytes(StandardCharsets.UTF_8)), List.of(new byte[] {'x', 0, 'y'}));
    assertThat(reply.asList()).hasSize(4);
    assertThat(reply.asList().get(0).asLong()).isEqualTo(1);
    assertThat(reply.asList().get(1).asString()).isEqualTo("two");
    assertThat(reply.asList().get(2).isNull()).isTrue();
    assertThat(reply.asList().get(3).asList().get(1).asBytes()).isEqualTo(new byte[] {'x', 0, 'y'});
  }

  @Test
  void scriptErrorsAreRedisErrors() {
    assertThatThrownBy(() -> Script.of("return redis.call('NOSUCHCOMMAND')").eval(redis))
        .isInstanceOf(RedisErrorException.class);
  }

  @Test
  @RequiresRedis("7.0")
  void readOnlyScriptReadsAndRefusesWrites() {
    redis.set(k("s"), "value");
    Script read = Script.readOnly("return redis.call('GET', KEYS[1])");
    assertThat(read.eval(redis, List.of(k("s")), List.of()).asString()).isEqualTo("value");
    assertThat(redis.evalshaRo(read.sha1(), List.of(k("s")), List.of()).asString()).isEqualTo("value");
    assertThat(redis.evalRo("return ARGV[1]", List.of(), List.of("a")).asString()).isEqualTo("a");
    Script write = Script.readOnly("return redis.call('SET', KEYS[1], 'x')");
    assertThatThrownBy(() -> write.eval(redis, List.of(k("s")), List.of()))
        .isInstanceOf(RedisErrorException.class);
    assertThat(redis.get(k("s"))).isEqualTo("value");
  }

  @Test
  @RequiresRedis("7.0")
  void readOnlyAllowKeyLockingScriptRuns() {
    redis.set(k("s"), "v");
    // With a shebang, Redis 7 assumes a script writes unless it says no-writes.
    Script read = Script.readOnly("#!lua flags=allow-key-locking,no-writes\nreturn redis.call('STRLEN', KEYS[1])");
    assertThat(read.eval(redis, List.of(k("s")), List.of()).asLong()).isEqualTo(1);
  }
}
