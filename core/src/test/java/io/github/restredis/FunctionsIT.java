package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.restredis.local.RequiresRedis;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis functions through the local server, which passes FUNCTION and FCALL to Redis unchanged
 * as Upstash serves them. Redis 6.2 has no functions.
 */
@RequiresRedis("7.0")
class FunctionsIT extends RedisIT {
  private static final String COUNTERS = """
      #!lua name=counters
      redis.register_function('bump', function(keys, args)
        return redis.call('INCRBY', keys[1], args[1])
      end)
      redis.register_function{
        function_name = 'peek',
        callback = function(keys) return redis.call('GET', keys[1]) end,
        flags = {'no-writes'},
        description = 'reads a counter'
      }
      """;

  @BeforeEach
  void noLibraries() {
    assumeFalse(againstUpstash(), "deletes every function library of the database");
    // FLUSHALL keeps functions, so each test starts from none.
    redis.functionFlush();
  }

  @Test
  void loadCallAndReadOnlyCall() {
    assertThat(redis.functionLoad(COUNTERS)).isEqualTo("counters");
    assertThat(redis.fcall("bump", List.of(k("n")), List.of("5")).asLong()).isEqualTo(5);
    assertThat(redis.fcall("bump", List.of(k("n")), List.of("2")).asLong()).isEqualTo(7);
    assertThat(redis.fcallRo("peek", List.of(k("n")), List.of()).asString()).isEqualTo("7");
    assertThat(redis.fcallRo("peek", List.of(k("missing")), List.of()).isNull()).isTrue();
    assertThatThrownBy(() -> redis.fcallRo("bump", List.of(k("n")), List.of("1")))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.command()).isEqualTo("FCALL_RO"));
    assertThat(redis.get(k("n"))).isEqualTo("7");
    assertThatThrownBy(() -> redis.fcall("nosuchfunction", List.of(), List.of()))
        .isInstanceOf(RedisErrorException.class);
  }

  @Test
  void loadReplaceAndDelete() {
    redis.functionLoad(COUNTERS);
    assertThatThrownBy(() -> redis.functionLoad(COUNTERS))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.redisMessage()).contains("already exists"));
    String v2 = COUNTERS.replace("INCRBY', keys[1], args[1]", "INCRBY', keys[1], args[1] * 10");
    assertThat(redis.functionLoad(v2, true)).isEqualTo("counters");
    assertThat(redis.fcall("bump", List.of(k("n")), List.of("2")).asLong()).isEqualTo(20);
    redis.functionDelete("counters");
    assertThat(redis.functionList()).isEmpty();
    assertThatThrownBy(() -> redis.functionDelete("counters")).isInstanceOf(RedisErrorException.class);
    assertThatThrownBy(() -> redis.fcall("bump", List.of(k("n")), List.of("1"))).isInstanceOf(RedisErrorException.class);
  }

  @Test
  void listIsTyped() {
    redis.functionLoad(COUNTERS);
    redis.functionLoad("#!lua name=other\nredis.register_function('noop', function() return 1 end)");
    List<FunctionLibrary> all = redis.functionList();
    assertThat(all).extracting(FunctionLibrary::name).containsExactlyInAnyOrder("counters", "other");
    FunctionLibrary counters = all.stream().filter(l -> l.name().equals("counters")).findFirst().orElseThrow();
    assertThat(counters.engine()).isEqualTo("LUA");
    assertThat(counters.code()).isNull();
    assertThat(counters.functions()).containsExactlyInAnyOrder(
        new FunctionLibrary.Function("bump", null, Set.of()),
        new FunctionLibrary.Function("peek", "reads a counter", Set.of("no-writes")));

    List<FunctionLibrary> some = redis.functionList(FunctionListArgs.Builder.libraryName("count*").withCode());
    assertThat(some).hasSize(1);
    assertThat(some.get(0).code()).isEqualTo(COUNTERS);
    assertThat(redis.functionList(FunctionListArgs.Builder.libraryName("oth*")))
        .singleElement().satisfies(l -> assertThat(l.code()).isNull());
    assertThat(redis.functionList(FunctionListArgs.Builder.libraryName("none*"))).isEmpty();
  }

  @Test
  void statsAndFlush() {
    assertThat(redis.functionStats().running()).isNull();
    assertThat(redis.functionStats().engines()).containsEntry("LUA", new FunctionStats.Engine(0, 0));
    redis.functionLoad(COUNTERS);
    FunctionStats stats = redis.functionStats();
    assertThat(stats.running()).isNull();
    assertThat(stats.engines()).isEqualTo(Map.of("LUA", new FunctionStats.Engine(1, 2)));
    redis.functionFlush(FlushMode.ASYNC);
    assertThat(redis.functionList()).isEmpty();
    redis.functionLoad(COUNTERS);
    redis.functionFlush(FlushMode.SYNC);
    assertThat(redis.functionStats().engines()).containsEntry("LUA", new FunctionStats.Engine(0, 0));
  }

  @Test
  void functionsInAPipeline() {
    Pipeline p = redis.pipeline();
    Response<String> loaded = p.functionLoad(COUNTERS, true);
    Response<Reply> bumped = p.fcall("bump", List.of(k("n")), List.of("3"));
    Response<List<FunctionLibrary>> listed = p.functionList();
    p.exec();
    assertThat(loaded.get()).isEqualTo("counters");
    assertThat(bumped.get().asLong()).isEqualTo(3);
    assertThat(listed.get()).hasSize(1);
  }
}
