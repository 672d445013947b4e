package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What {@link MetricsSnapshot#failures()} counts: the caller's failures, not the {@code NOSCRIPT}
 * that {@link Script} answers itself with EVAL. Each test has a fresh client, so counters start at
 * zero, and a script of its own, which the server cannot have cached.
 */
class FailureMetricsIT extends RedisIT {

  /** {@return a script no other test sends: its first EVALSHA meets NOSCRIPT} */
  private static Script unseen(String body) {
    return Script.of("-- " + UUID.randomUUID() + "\n" + body);
  }

  @Test
  void aScriptsFirstRunOnAnEmptyScriptCacheFailsNothingButIsBilledTwice() {
    Script script = unseen("return redis.call('INCR', KEYS[1])");
    assertThat(script.eval(redis, List.of(k("n")), List.of()).asLong()).isEqualTo(1);
    MetricsSnapshot first = redis.metrics();
    assertThat(first.requests()).as("EVALSHA, then EVAL").isEqualTo(2);
    assertThat(first.commands()).isEqualTo(2);
    assertThat(first.failures()).isEmpty();

    assertThat(script.eval(redis, List.of(k("n")), List.of()).asLong()).isEqualTo(2);
    MetricsSnapshot second = redis.metrics();
    assertThat(second.requests()).as("one EVALSHA, now cached").isEqualTo(3);
    assertThat(second.commands()).isEqualTo(3);
    assertThat(second.failures()).isEmpty();
  }

  @Test
  void theAsyncFallbackFailsNothingEither() {
    Script script = unseen("return redis.call('INCR', KEYS[1])");
    assertThat(script.evalAsync(redis.async(), List.of(k("n")), List.of()).join().asLong()).isEqualTo(1);
    MetricsSnapshot metrics = redis.metrics();
    assertThat(metrics.requests()).isEqualTo(2);
    assertThat(metrics.commands()).isEqualTo(2);
    assertThat(metrics.failures()).isEmpty();
  }

  @Test
  void withoutAutoPipeliningTheAsyncFallbackFailsNothing() {
    try (Redis direct = redis.newBuilder().autoPipelining(false).build()) {
      Script script = unseen("return redis.call('INCR', KEYS[1])");
      assertThat(script.evalAsync(direct.async(), List.of(k("n")), List.of()).join().asLong()).isEqualTo(1);
      assertThat(direct.metrics().requests()).isEqualTo(2);
      assertThat(direct.metrics().failures()).isEmpty();
    }
  }

  @Test
  void listenersStillSeeTheNoscriptAsItWas() {
    List<RequestEvent> events = new CopyOnWriteArrayList<>();
    try (Redis listened = redis.newBuilder().listener(events::add).build()) {
      unseen("return 1").eval(listened);
      assertThat(listened.metrics().failures()).isEmpty();
    }
    assertThat(events).hasSize(2);
    assertThat(events.get(0).commands()).containsExactly("EVALSHA");
    assertThat(events.get(0).failure()).isInstanceOf(RedisErrorException.class);
    assertThat(((RedisErrorException) events.get(0).failure()).redisMessage()).startsWith("NOSCRIPT");
    assertThat(events.get(1).commands()).containsExactly("EVAL");
    assertThat(events.get(1).failure()).isNull();
  }

  @Test
  void aScriptThatFailsAfterTheFallbackCountsOnce() {
    Script failing = unseen("return redis.call('NOSUCHCOMMAND')");
    assertThatThrownBy(() -> failing.eval(redis)).isInstanceOf(RedisErrorException.class);
    assertThat(redis.metrics().requests()).isEqualTo(2);
    assertThat(redis.metrics().failures()).isEqualTo(Map.of("RedisErrorException", 1L));
  }

  @Test
  void aWrongtypeFromTheCallersOwnCommandCounts() {
    redis.set(k("s"), "text");
    assertThatThrownBy(() -> redis.lpush(k("s"), "x"))
        .isInstanceOf(RedisErrorException.class)
        .satisfies(e -> assertThat(((RedisErrorException) e).redisMessage()).startsWith("WRONGTYPE"));
    assertThat(redis.metrics().requests()).isEqualTo(2);
    assertThat(redis.metrics().failures()).isEqualTo(Map.of("RedisErrorException", 1L));
  }

  @Test
  void aWrongtypeOfAnAutoPipelinedCommandCounts() {
    redis.set(k("s"), "text");
    assertThatThrownBy(() -> redis.async().lpush(k("s"), "x").join())
        .hasCauseInstanceOf(RedisErrorException.class);
    assertThat(redis.metrics().failures()).isEqualTo(Map.of("RedisErrorException", 1L));
  }

  @Test
  void eachFailingCommandOfAPipelineCountsOnce() {
    redis.set(k("s"), "text");
    Pipeline pipeline = redis.pipeline();
    Response<Long> wrong = pipeline.lpush(k("s"), "x");
    Response<Long> alsoWrong = pipeline.incr(k("s"));
    Response<String> fine = pipeline.get(k("s"));
    pipeline.exec();
    assertThatThrownBy(wrong::get).isInstanceOf(RedisErrorException.class);
    assertThatThrownBy(alsoWrong::get).isInstanceOf(RedisErrorException.class);
    assertThat(fine.get()).isEqualTo("text");
    MetricsSnapshot metrics = redis.metrics();
    assertThat(metrics.requests()).as("SET, then the pipeline").isEqualTo(2);
    assertThat(metrics.commands()).isEqualTo(4);
    assertThat(metrics.failures()).isEqualTo(Map.of("RedisErrorException", 2L));
  }

  @Test
  void aNoscriptToTheCallersOwnEvalshaCounts() {
    String sha = unseen("return 1").sha1();
    assertThatThrownBy(() -> redis.evalsha(sha, List.of(), List.of()))
        .isInstanceOf(RedisErrorException.class)
        .satisfies(e -> assertThat(((RedisErrorException) e).redisMessage()).startsWith("NOSCRIPT"));
    assertThat(redis.metrics().failures()).isEqualTo(Map.of("RedisErrorException", 1L));
  }
}
