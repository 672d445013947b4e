package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.Types;
import io.github.restredis.Redis;
import io.github.restredis.RequestEvent;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link StorageFormat#PLAIN_JSON}: what other SDKs read, and what the format keeps. */
class InteropIT extends CacheFixture {
  private static final User ADA = new User("1", "Ada", 36);
  private static final Path INTEROP = Path.of("..", "interop").toAbsolutePath().normalize();

  private RedisCache.Builder<User> plain() {
    return builder(User.class).storageFormat(StorageFormat.PLAIN_JSON).versionedNamespace(false);
  }

  @Test
  void storesThePlainJsonWithTheFreshTtlAndNoGrace() {
    RedisCache<User> users = build(plain().grace(Duration.ofMinutes(10)));
    users.put("1", ADA, Duration.ofSeconds(30));
    assertThat(redis.get(ns + ":1")).isEqualTo("{\"id\":\"1\",\"name\":\"Ada\",\"age\":36}");
    assertThat(redis.pttl(ns + ":1")).isBetween(1L, 30_000L);
    assertThat(users.get("1")).isEqualTo(ADA);

    users.get("404", id -> null);
    assertThat(redis.get(ns + ":404")).as("a cached absence is JSON null").isEqualTo("null");
    AtomicInteger loads = new AtomicInteger();
    assertThat(users.get("404", id -> {
      loads.incrementAndGet();
      return ADA;
    })).isNull();
    assertThat(loads).hasValue(0);
  }

  @Test
  void xfetchReadsTheRemainingTtlInTheSameRequestAndTheMeanLoadTime() {
    double[] u = {0.5};
    List<RequestEvent> requests = new CopyOnWriteArrayList<>();
    Redis counted = closing(redis.newBuilder().listener(requests::add).build());
    RedisCache<User> users = closing(RedisCache.builder(counted, ns, User.class).redisTimeout(PATIENT).clock(clock)
        .refreshExecutor(Runnable::run).storageFormat(StorageFormat.PLAIN_JSON)
        .versionedNamespace(false).ttl(Duration.ofSeconds(60))
        .random(FixedRandom.drawingU(() -> u[0])).build());
    AtomicInteger loads = new AtomicInteger();
    CacheLoader<User> loader = id -> {
      loads.incrementAndGet();
      clock.advance(Duration.ofSeconds(1)); // delta = 1 s
      return ADA;
    };
    users.get("1", loader);
    requests.clear();
    users.get("1", loader);
    assertThat(loads).as("60 s left: 1 s * ln 2 is far from it").hasValue(1);
    assertThat(requests).singleElement()
        .satisfies(e -> assertThat(e.commands()).containsExactly("EVALSHA_RO"));
    // -ln(1e-30) = 69: with delta 1 s a reader refreshes up to 69 s before expiry.
    u[0] = 1e-30;
    users.get("1", loader);
    assertThat(loads).hasValue(2);
    assertThat(users.stats().earlyRefreshes()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficialTypeScriptSdkReadsTheSameObject() throws Exception {
    assumeTrue(Files.isDirectory(INTEROP.resolve("node_modules/@upstash/redis")) && onPath("node"),
        "needs node and interop/node_modules (npm ci in interop/, or run local's OfficialSdkInteropIT)");
    RedisCache<User> plainUsers = build(plain());
    plainUsers.put("1", ADA);
    plainUsers.get("404", id -> null);
    ns = ns + "env";
    RedisCache<User> envelopeUsers = build(builder(User.class));
    envelopeUsers.put("1", ADA);

    ProcessBuilder node = new ProcessBuilder("node", "redis-js-cache.mjs",
        plainUsers.engine().store.redisKey("1"), envelopeUsers.engine().store.redisKey("1"),
        plainUsers.engine().store.redisKey("404"), plainUsers.engine().store.redisKey("3"))
        .directory(INTEROP.toFile())
        .redirectError(new File("target/node-redis-js-cache.err"));
    node.environment().put("UPSTASH_REDIS_REST_URL", server.url());
    node.environment().put("UPSTASH_REDIS_REST_TOKEN", server.token());
    Process process = node.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("node output: %s", output).isZero();

    Map<String, Object> result = redis.moshi()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(output);
    Map<String, Object> ada = Map.of("id", "1", "name", "Ada", "age", 36.0);
    assertThat(result.get("plain")).isEqualTo(ada);
    assertThat((Map<String, Object>) result.get("envelope")).containsEntry("v", ada);
    assertThat(result).containsEntry("absent", null);
    assertThat(plainUsers.get("3")).isEqualTo(new User("3", "Grace", 85));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
