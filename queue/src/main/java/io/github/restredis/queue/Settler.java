package io.github.restredis.queue;

import io.github.restredis.Redis;
import io.github.restredis.Reply;
import io.github.restredis.queue.internal.Lua;
import io.github.restredis.queue.internal.Scores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Ends deliveries of a {@link Queue}: arguments and replies of the ack and nack scripts, the retry
 * time from the queue's backoff, and the bounded error text a failed job keeps.
 */
final class Settler<T> {
  private static final int MAX_ERROR_CHARS = 2000;

  private final Redis redis;
  private final List<String> keys;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration statusRetention;
  private final Duration deadRetention;

  Settler(Redis redis, List<String> keys, Clock clock, Backoff backoff, Duration statusRetention,
      Duration deadRetention) {
    this.redis = redis;
    this.keys = keys;
    this.clock = clock;
    this.backoff = backoff;
    this.statusRetention = statusRetention;
    this.deadRetention = deadRetention;
  }

  List<Settlement> ack(List<Job<T>> jobs, List<@Nullable String> results) {
    if (jobs.isEmpty()) {
      return List.of();
    }
    if (jobs.size() > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("at most " + Queue.MAX_BATCH + " jobs per call: " + jobs.size());
    }
    long now = clock.millis();
    List<String> argv = new ArrayList<>(3 + jobs.size() * 3);
    argv.add(Long.toString(now));
    argv.add(Long.toString(Scores.expiry(now, statusRetention)));
    argv.add(Integer.toString(jobs.size()));
    for (int i = 0; i < jobs.size(); i++) {
      argv.add(jobs.get(i).id());
      argv.add(Long.toString(jobs.get(i).delivery()));
      String result = results.get(i);
      argv.add(result == null ? "" : result);
    }
    List<Settlement> settlements = new ArrayList<>(jobs.size());
    for (Reply reply : Lua.ACK.eval(redis, keys, argv).asList()) {
      String outcome = reply.asString();
      settlements.add(outcome.equals("ok") ? Settlement.SUCCEEDED
          : outcome.equals("cancelled") ? Settlement.CANCELLED : Settlement.LEASE_LOST);
    }
    return settlements;
  }

  /**
   * Fails the delivery, keeping {@code error} (already {@linkplain #cut cut}); with {@code retry},
   * the job runs again after the backoff unless it used its deliveries.
   */
  Settlement nack(Job<T> job, String error, boolean retry) {
    long now = clock.millis();
    String retryAt = retry && !job.isLastAttempt()
        ? Long.toString(now + backoff.delay(job.attempt(), ThreadLocalRandom.current().nextDouble()).toMillis())
        : "";
    return Settlement.of(Lua.NACK.eval(redis, keys, List.of(Long.toString(now), job.id(),
        Long.toString(job.delivery()), error, retryAt, Long.toString(Scores.expiry(now, deadRetention))))
        .asString());
  }

  static String errorText(Throwable error) {
    return cut(error.toString());
  }

  static String cut(String text) {
    return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
  }
}
