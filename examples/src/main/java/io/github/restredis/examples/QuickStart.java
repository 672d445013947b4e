package io.github.restredis.examples;

import io.github.restredis.Redis;
import io.github.restredis.ScanArgs;
import io.github.restredis.Script;
import io.github.restredis.SetArgs;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shortest tour of the client: strings with expiry, counters, hashes, exact bytes, a script and
 * a lazy SCAN.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java}: against Upstash when
 * {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local
 * server started here.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    try (Target target = Target.fromEnvOrLocal();
        Redis redis = Redis.builder().url(target.url).token(target.token).build()) {
      redis.set("quickstart:greeting", "hello", SetArgs.Builder.ex(Duration.ofMinutes(1)));
      System.out.println("GET greeting      -> " + redis.get("quickstart:greeting"));

      redis.incr("quickstart:visits");
      System.out.println("INCRBY visits 41  -> " + redis.incrby("quickstart:visits", 41));

      redis.hset("quickstart:user", Map.of("name", "Ada", "lang", "en"));
      System.out.println("HGETALL user      -> " + redis.hgetall("quickstart:user"));

      byte[] bytes = {0, (byte) 0xff, 0x10, (byte) 0x80};
      redis.set("quickstart:bytes", bytes);
      System.out.println("GET bytes (exact) -> " + java.util.Arrays.toString(redis.getBytes("quickstart:bytes")));

      Script bump = Script.of("#!lua flags=allow-key-locking\n"
          + "return redis.call('INCRBY', KEYS[1], ARGV[1])");
      System.out.println("script INCRBY 8   -> " + bump.eval(redis, java.util.List.of("quickstart:visits"),
          java.util.List.of("8")).asLong());

      String keys = redis.scanStream(ScanArgs.Builder.match("quickstart:*"))
          .sorted().collect(Collectors.joining(", "));
      System.out.println("SCAN quickstart:* -> " + keys);

      System.out.println("DEL               -> " + redis.del("quickstart:greeting", "quickstart:visits",
          "quickstart:user", "quickstart:bytes"));
      System.out.println("requests/commands -> " + redis.metrics().requests() + " HTTP requests, "
          + redis.metrics().commands() + " billed commands");
    }
  }
}
