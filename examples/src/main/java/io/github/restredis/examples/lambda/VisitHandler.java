package io.github.restredis.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.restredis.Redis;
import io.github.restredis.queue.EnqueueArgs;
import io.github.restredis.queue.Queue;
import io.github.restredis.ratelimit.Limit;
import io.github.restredis.ratelimit.RateLimitResult;
import io.github.restredis.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An AWS Lambda function that counts a user's visits, at most 5 a minute per user, and queues a
 * welcome email on the first one. Invoke it with {@code {"userId": "ada"}}; it answers {@code
 * statusCode} 200 with {@code visits} and {@code remaining}, 429 with {@code retryAfterSeconds},
 * or 400, plus {@code coldStart}, {@code invocation} and {@code clientRequests}, which show the
 * container's client being reused.
 *
 * <p><b>One client per container.</b> The Lambda runtime creates one instance of the handler
 * class per execution environment (container), in its init phase, and then calls {@link
 * #handleRequest} for every invocation that container serves, one at a time, freezing it in
 * between. So everything expensive is built here in the constructor, once: the {@link Redis}
 * client (its OkHttp connection pool, so a warm invocation reuses the TLS connection of the
 * previous one; after a pause of 5 s or more its first request that cannot be retried, such as
 * the visit's INCR, takes a new one instead, since the connection may have died while the
 * container was frozen), the rate limiter (its own client, over those same connections) and the
 * queue.
 * Building them sends no request, so a SnapStart snapshot holds no connection that could be stale
 * after a restore. Nothing is closed per invocation: closing would throw the pool away and pay a
 * new TLS handshake next time; the sockets go when Lambda shuts the container down. Instance
 * fields rather than statics, so that each handler instance (a container, or a test) starts cold.
 *
 * <p><b>Input and output as {@code Map}s.</b> Lambda's built-in serializer turns the event JSON
 * into a {@code Map} and the returned {@code Map} into JSON with no annotations, bean setters or
 * extra library, and the handler can check the input itself and answer 400 instead of failing
 * in the runtime's deserializer.
 */
public final class VisitHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final Redis redis;
  private final RateLimiter limiter;
  private final Queue<WelcomeEmail> welcomes;
  private final AtomicBoolean coldStart = new AtomicBoolean(true);
  private final AtomicLong invocations = new AtomicLong();

  /**
   * What the Lambda runtime calls, once per container: the database from the function's
   * environment variables {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN}, and
   * a deadline of 5 s per call instead of the default 30 s: behind API Gateway, whose integration
   * timeout is 29 s, a visit that cannot be counted in time is better answered with an error than
   * not at all.
   */
  public VisitHandler() {
    this(Redis.builder().fromEnv().deadline(Duration.ofSeconds(5)).build());
  }

  /** For the simulation and tests: any client, such as one of a local server. */
  VisitHandler(Redis redis) {
    this.redis = redis;
    this.limiter = RateLimiter.builder(redis)
        .prefix("lambda:ratelimit")
        .limit(Limit.tokenBucket(5, Duration.ofMinutes(1), 5))
        // Its INFO memory check would cost a billed command on every cold start: check the
        // database's eviction policy once, when setting it up, instead.
        .checkEvictionPolicy(false)
        .build();
    this.welcomes = WelcomeEmail.queue(redis);
  }

  /**
   * Handles one invocation.
   *
   * @param event the invocation's payload, {@code {"userId": "..."}}
   * @param context the invocation's context (unused: this handler needs no time budget)
   * @return the response: a status code, the visit count or a retry time, and the reuse evidence
   */
  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    Map<String, Object> response = new LinkedHashMap<>();
    Object userId = event.get("userId");
    if (!(userId instanceof String user) || user.isBlank()) {
      response.put("statusCode", 400);
      response.put("error", "userId, a non-empty string, is required");
    } else {
      RateLimitResult decision = limiter.limit(user);
      if (decision.allowed()) {
        long visits = redis.incr("lambda:visits:" + user);
        if (visits == 1) {
          // The key makes a retried invocation (async invokes are retried twice) queue one email.
          welcomes.enqueue(new WelcomeEmail(user), EnqueueArgs.Builder.idempotencyKey("welcome:" + user));
        }
        response.put("statusCode", 200);
        response.put("visits", visits);
        response.put("remaining", decision.remaining());
      } else {
        response.put("statusCode", 429);
        response.put("retryAfterSeconds",
            Math.max(1, (decision.reset() - System.currentTimeMillis() + 999) / 1000));
      }
    }
    response.put("coldStart", coldStart.getAndSet(false));
    response.put("invocation", invocations.incrementAndGet());
    // Grows across invocations: the same client, not a new one per call.
    response.put("clientRequests", redis.metrics().requests());
    return response;
  }

  /**
   * Closes the rate limiter's client; the connections and threads it shares with the given client
   * go when that one is closed too. Lambda never calls this (the container's sockets go with it);
   * the simulation and tests do, so that their JVM is left with no OkHttp threads.
   */
  void close() {
    limiter.close();
  }
}
