package io.github.restredis.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.restredis.Redis;
import io.github.restredis.queue.DrainArgs;
import io.github.restredis.queue.DrainResult;
import io.github.restredis.queue.Queue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An AWS Lambda function run by an EventBridge schedule (say every minute, with a 60 s timeout)
 * that sends the queued {@link WelcomeEmail}s: it drains the queue for as long as the invocation
 * has left, minus a safety margin, and returns what it did: {@code taken}, {@code succeeded},
 * {@code failed} (to be retried or dead-lettered), {@code released} (still running when the budget
 * ended, handed back) and {@code left} (ready for the next run).
 *
 * <p>As in {@link VisitHandler}, the client and the queue are built once per container, in the
 * constructor the runtime calls during its init phase, and reused by every scheduled run.
 */
public final class DrainHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  /**
   * Kept back from the remaining time: a drain hands back its unfinished jobs before it returns
   * (one request), then {@code left} is read and the response serialized, all before Lambda's
   * timeout would kill the container mid-request.
   */
  static final Duration SAFETY_MARGIN = Duration.ofSeconds(5);

  private final Redis redis;
  private final Queue<WelcomeEmail> welcomes;
  private final int maxJobs;

  /**
   * What the Lambda runtime calls, once per container: the database from the function's
   * environment variables {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN}, at
   * most 20 emails a run.
   */
  public DrainHandler() {
    this(Redis.fromEnv(), 20);
  }

  /** For the simulation and tests: any client, and a job limit small enough to see it work. */
  DrainHandler(Redis redis, int maxJobs) {
    this.redis = redis;
    this.welcomes = WelcomeEmail.queue(redis);
    this.maxJobs = maxJobs;
  }

  /**
   * Handles one scheduled run.
   *
   * @param event the EventBridge scheduled event ({@code "detail-type": "Scheduled Event"}); only
   *     its {@code time} is used, for the response
   * @param context the invocation's context, whose remaining time sets the budget
   * @return what the drain did
   */
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    long budgetMillis = context.getRemainingTimeInMillis() - SAFETY_MARGIN.toMillis();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("scheduledAt", event.getOrDefault("time", "unknown"));
    summary.put("budgetMillis", Math.max(0, budgetMillis));
    DrainResult result;
    if (budgetMillis <= 0) {
      // A function configured with Lambda's default 3 s timeout ends up here every time.
      context.getLogger().log("less than " + SAFETY_MARGIN.toSeconds()
          + " s left: nothing drained; give the function a longer timeout");
      result = new DrainResult(0, 0, 0, 0, 0, Duration.ZERO);
    } else {
      result = welcomes.drain(job -> {
            send(job.payload());
            return null;
          },
          DrainArgs.Builder.budget(Duration.ofMillis(budgetMillis)).maxJobs(maxJobs).concurrency(4));
    }
    summary.put("taken", result.taken());
    summary.put("succeeded", result.succeeded());
    summary.put("failed", result.retried() + result.deadLettered());
    summary.put("released", result.released());
    summary.put("left", welcomes.metrics().waiting());
    return summary;
  }

  /** A real function would call a mail API here; the outbox list lets the example show the effect. */
  private void send(WelcomeEmail email) {
    redis.rpush(WelcomeEmail.OUTBOX, "Welcome, " + email.userId() + "!");
  }
}
