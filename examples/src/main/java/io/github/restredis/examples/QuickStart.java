package io.github.restredis.examples;

import io.github.restredis.Pipeline;
import io.github.restredis.Redis;
import io.github.restredis.Response;
import io.github.restredis.ScanArgs;
import io.github.restredis.Script;
import io.github.restredis.SetArgs;
import io.github.restredis.Transaction;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The shortest tour of the client: strings with expiry, counters, hashes, JSON values, exact bytes,
 * a script, a pipeline, a transaction, an async call and a lazy SCAN.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java}: against Upstash when
 * {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local
 * server started here.
 */
public final class QuickStart {
  /** A value stored as JSON; public, since Moshi reads records by reflection. */
  public record Profile(String name, int born, List<String> languages) {}

  private QuickStart() {}

  public static void main(String[] args) {
    try (Target target = Target.fromEnvOrLocal();
        Redis redis = Redis.builder().url(target.url()).token(target.token()).build()) {
      redis.set("quickstart:greeting", "hello", SetArgs.Builder.ex(Duration.ofMinutes(1)));
      System.out.println("GET greeting      -> " + redis.get("quickstart:greeting"));

      redis.incr("quickstart:visits");
      System.out.println("INCRBY visits 41  -> " + redis.incrby("quickstart:visits", 41));

      redis.hset("quickstart:user", Map.of("name", "Ada", "lang", "en"));
      System.out.println("HGETALL user      -> " + redis.hgetall("quickstart:user"));

      // Plain SET/GET of JSON text (no RedisJSON module needed), as the TypeScript SDK stores objects.
      redis.json().set("quickstart:profile", new Profile("Ada", 1815, List.of("en", "fr")));
      System.out.println("JSON get Profile  -> " + redis.json().get("quickstart:profile", Profile.class));
      System.out.println("GET profile (raw) -> " + redis.get("quickstart:profile"));

      byte[] bytes = {0, (byte) 0xff, 0x10, (byte) 0x80};
      redis.set("quickstart:bytes", bytes);
      System.out.println("GET bytes (exact) -> " + Arrays.toString(redis.getBytes("quickstart:bytes")));

      Script bump = Script.of("#!lua flags=allow-key-locking\n"
          + "return redis.call('INCRBY', KEYS[1], ARGV[1])");
      System.out.println("script INCRBY 8   -> " + bump.eval(redis, List.of("quickstart:visits"),
          List.of("8")).asLong());

      Pipeline pipeline = redis.pipeline();
      Response<Long> visits = pipeline.incr("quickstart:visits");
      Response<Long> logged = pipeline.rpush("quickstart:log", "a", "b", "c");
      pipeline.exec();
      System.out.println("pipeline (1 req)  -> INCR " + visits.get() + ", RPUSH " + logged.get());

      Transaction tx = redis.multi();
      Response<Long> left = tx.decrby("quickstart:visits", 1);
      Response<List<String>> log = tx.lrange("quickstart:log", 0, -1);
      tx.exec();
      System.out.println("MULTI/EXEC        -> DECRBY " + left.get() + ", LRANGE " + log.get());

      CompletableFuture<String> greeting = redis.async().get("quickstart:greeting");
      System.out.println("async GET         -> " + greeting.join());

      String keys = redis.scanStream(ScanArgs.Builder.match("quickstart:*"))
          .sorted().collect(Collectors.joining(", "));
      System.out.println("SCAN quickstart:* -> " + keys);

      System.out.println("DEL               -> " + redis.del("quickstart:greeting", "quickstart:visits",
          "quickstart:user", "quickstart:profile", "quickstart:bytes", "quickstart:log"));
      System.out.println("requests/commands -> " + redis.metrics().requests() + " HTTP requests, "
          + redis.metrics().commands() + " billed commands");
    }
  }
}
