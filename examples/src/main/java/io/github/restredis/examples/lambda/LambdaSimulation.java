package io.github.restredis.examples.lambda;

import io.github.restredis.Redis;
import io.github.restredis.ScanArgs;
import io.github.restredis.examples.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the two Lambda handlers as the Lambda runtime would: each handler created once (one
 * container each), then invoked several times with a fresh {@link LocalContext} per invocation.
 * Eight visits (the sixth of one user is over the rate limit), then two scheduled drains of at
 * most 2 emails each.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java
 * -Dexample=io.github.restredis.examples.lambda.LambdaSimulation}: against Upstash when {@code
 * UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local
 * server. In Lambda the handlers' public constructors read the environment instead
 * ({@code Redis.fromEnv()}, or {@code Redis.builder().fromEnv()} with options).
 */
public final class LambdaSimulation {
  private LambdaSimulation() {}

  /**
   * Runs the simulation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (Target target = Target.fromEnvOrLocal();
        Redis redis = Redis.builder().url(target.url()).token(target.token()).build()) {
      System.out.println("(In Lambda each handler's no-argument constructor builds its client from the environment.)");
      VisitHandler visits = new VisitHandler(redis); // the init phase of the "visits" container
      try {
        for (String user : List.of("ada", "ada", "grace", "ada", "ada", "ada", "ada", "linus")) {
          Map<String, Object> response = visits.handleRequest(Map.of("userId", user),
              new LocalContext("visits", Duration.ofSeconds(10)));
          System.out.printf("visit %-6s -> %s%n", user, response);
        }
      } finally {
        visits.close();
      }

      DrainHandler drain = new DrainHandler(redis, 2); // the init phase of the "drain" container
      for (int run = 1; run <= 2; run++) {
        System.out.println("drain run " + run + "  -> "
            + drain.handleRequest(scheduledEvent(), new LocalContext("drain", Duration.ofSeconds(60))));
      }
      System.out.println("outbox       -> " + redis.lrange(WelcomeEmail.OUTBOX, 0, -1));

      List<String> keys = new ArrayList<>(WelcomeEmail.queue(redis).keys());
      redis.scanStream(ScanArgs.Builder.match("lambda:*")).forEach(keys::add);
      redis.del(keys.toArray(new String[0]));
    }
  }

  /** {@return an event as an EventBridge schedule rule sends it to its target} */
  static Map<String, Object> scheduledEvent() {
    return Map.of(
        "version", "0",
        "id", UUID.randomUUID().toString(),
        "detail-type", "Scheduled Event",
        "source", "aws.events",
        "account", "000000000000",
        "time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        "region", "local",
        "resources", List.of("arn:aws:events:local:000000000000:rule/drain-welcome-emails"),
        "detail", Map.of());
  }
}
