package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failed future hands callbacks the {@link UpstashException} the synchronous call throws, never a
 * {@link java.util.concurrent.CompletionException} around it, with or without auto-pipelining and
 * for scripts: code such as {@code exceptionally(e -> e instanceof RedisErrorException …)} must
 * not behave differently with a builder flag.
 */
class AsyncFailureTypesTest {
  private final MockServer mock = new MockServer();

  @AfterEach
  void tearDown() throws Exception {
    mock.close();
  }

  /** {@return what a callback receives: the failure, or the value} */
  private static Object seenByCallback(CompletableFuture<?> future) throws Exception {
    return future.handle((value, failure) -> failure != null ? failure : value)
        .get(10, TimeUnit.SECONDS);
  }

  private void error(boolean autoPipelining, String message) {
    String item = "{\"error\":\"" + message + "\"}";
    if (autoPipelining) {
      mock.enqueue(200, "[" + item + "]");
    } else {
      mock.enqueue(400, item);
    }
  }

  @ParameterizedTest(name = "autoPipelining={0}")
  @ValueSource(booleans = {false, true})
  void redisErrorReachesCallbacksUnwrapped(boolean autoPipelining) throws Exception {
    try (Redis redis = mock.builder().autoPipelining(autoPipelining).build()) {
      error(autoPipelining, "WRONGTYPE Operation against a key holding the wrong kind of value");
      assertThat(seenByCallback(redis.async().incr("k")))
          .isInstanceOf(RedisErrorException.class);
    }
  }

  @ParameterizedTest(name = "autoPipelining={0}")
  @ValueSource(booleans = {false, true})
  void transportFailureReachesCallbacksUnwrapped(boolean autoPipelining) throws Exception {
    try (Redis redis = mock.builder().autoPipelining(autoPipelining).build()) {
      mock.enqueue(500, "boom"); // INCR is not retried after a 500
      assertThat(seenByCallback(redis.async().incr("k")))
          .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(500));
    }
  }

  @ParameterizedTest(name = "autoPipelining={0}")
  @ValueSource(booleans = {false, true})
  void decodeFailureReachesCallbacksUnwrapped(boolean autoPipelining) throws Exception {
    try (Redis redis = mock.builder().autoPipelining(autoPipelining).build()) {
      mock.enqueue(200, autoPipelining ? "[{\"result\":[1,2]}]" : "{\"result\":[1,2]}");
      assertThat(seenByCallback(redis.async().incr("k"))).isInstanceOf(ReplyDecodeException.class);
    }
  }

  @ParameterizedTest(name = "autoPipelining={0}")
  @ValueSource(booleans = {false, true})
  void scriptFailuresReachCallbacksUnwrapped(boolean autoPipelining) throws Exception {
    try (Redis redis = mock.builder().autoPipelining(autoPipelining).build()) {
      Script script = Script.of("return redis.call('INCR', KEYS[1])");
      error(autoPipelining, "ERR Error running script");
      assertThat(seenByCallback(script.evalAsync(redis.async(), List.of("k"), List.of())))
          .isInstanceOf(RedisErrorException.class);

      error(autoPipelining, "NOSCRIPT No matching script. Please use EVAL.");
      error(autoPipelining, "WRONGTYPE Operation against a key holding the wrong kind of value");
      assertThat(seenByCallback(script.evalAsync(redis.async(), List.of("k"), List.of())))
          .isInstanceOfSatisfying(RedisErrorException.class,
              e -> assertThat(e.redisMessage()).startsWith("WRONGTYPE"));

      error(autoPipelining, "NOSCRIPT No matching script. Please use EVAL.");
      mock.enqueue(200, autoPipelining ? "[{\"result\":7}]" : "{\"result\":7}");
      assertThat(seenByCallback(script.evalAsync(redis.async(), List.of("k"), List.of())))
          .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.asLong()).isEqualTo(7));
      assertThat(mock.requestCount()).isEqualTo(5);
    }
  }
}
