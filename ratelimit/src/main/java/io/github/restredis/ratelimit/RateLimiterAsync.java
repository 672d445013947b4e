package io.github.restredis.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a {@link RateLimiter}, from {@link RateLimiter#async()}: the same
 * decisions, as futures, sent through the client's {@linkplain io.github.restredis.Redis#async()
 * async view}. Thread-safe.
 *
 * <pre>{@code
 * limiter.async().limit("user:42").thenAccept(result -> {
 *   if (!result.allowed()) {
 *     reject(result.reset());
 *   }
 * });
 * }</pre>
 *
 * <p>A decision is still one script call; with the client's auto-pipelining, decisions made while
 * others are in flight share one HTTP request. A blocked identifier in the local cache completes
 * at once, with no request. Failures complete the future with the result the {@link FailMode}
 * gives, never exceptionally; bad arguments throw at once, as in the synchronous methods.
 */
public final class RateLimiterAsync {
  private final RateLimiter limiter;
  private final Engine engine;

  RateLimiterAsync(RateLimiter limiter, Engine engine) {
    this.limiter = limiter;
    this.engine = engine;
  }

  /** {@return the synchronous limiter this view belongs to} */
  public RateLimiter sync() {
    return limiter;
  }

  /**
   * Decides one request of {@code id}; see {@link RateLimiter#limit(String)}.
   *
   * @param id the identifier
   * @return a future of the decision
   */
  public CompletableFuture<RateLimitResult> limit(String id) {
    return limit(id, 1);
  }

  /**
   * Decides a request of {@code rate} units; see {@link RateLimiter#limit(String, long)}.
   *
   * @param id the identifier
   * @param rate the units to consume; negative to give back
   * @return a future of the decision
   * @throws IllegalArgumentException if {@code rate} is 0
   */
  public CompletableFuture<RateLimitResult> limit(String id, long rate) {
    return engine.limitAsync(engine.each(id), rate);
  }

  /**
   * Decides a request under several limits, one identifier each; see {@link
   * RateLimiter#limit(List, long)}.
   *
   * @param ids one identifier per limit, in order
   * @param rate the units to consume
   * @return a future of the decision
   */
  public CompletableFuture<RateLimitResult> limit(List<String> ids, long rate) {
    return engine.limitAsync(List.copyOf(ids), rate);
  }

  /**
   * Completes once a request of {@code id} is allowed, or at the timeout; see {@link
   * RateLimiter#blockUntilReady(String, Duration)}.
   *
   * @param id the identifier
   * @param timeout the longest wait
   * @return a future of the last decision
   */
  public CompletableFuture<RateLimitResult> blockUntilReady(String id, Duration timeout) {
    return blockUntilReady(id, 1, timeout);
  }

  /**
   * Completes once a request of {@code rate} units of {@code id} is allowed, or at the timeout,
   * waiting on a timer rather than a thread; see {@link RateLimiter#blockUntilReady(String, long,
   * Duration)}.
   *
   * @param id the identifier
   * @param rate the units to consume, at least 1
   * @param timeout the longest wait, positive
   * @return a future of the last decision
   */
  public CompletableFuture<RateLimitResult> blockUntilReady(String id, long rate, Duration timeout) {
    RateLimiter.checkWait(rate, timeout);
    long deadline = engine.now() + timeout.toMillis();
    long end = System.nanoTime() + timeout.toNanos();
    return attempt(engine.each(id), rate, deadline, end);
  }

  private CompletableFuture<RateLimitResult> attempt(List<String> ids, long rate, long deadline, long end) {
    return engine.limitAsync(ids, rate).thenCompose(result -> {
      long wait = engine.waitBefore(result, deadline, end);
      if (wait < 0) {
        return CompletableFuture.completedFuture(result);
      }
      return CompletableFuture.runAsync(() -> { },
              CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS))
          .thenCompose(ignored -> attempt(ids, rate, deadline, end));
    });
  }

  /**
   * Reads what is left for {@code id} without consuming; see {@link RateLimiter#getRemaining(String)}.
   *
   * @param id the identifier
   * @return a future of what a one-unit request would see; it fails if Redis cannot be asked
   */
  public CompletableFuture<RateLimitResult> getRemaining(String id) {
    return engine.peekAsync(engine.each(id));
  }

  /**
   * Reads what is left under each limit for its identifier; see {@link
   * RateLimiter#getRemaining(List)}.
   *
   * @param ids one identifier per limit, in order
   * @return a future of what a one-unit request would see
   */
  public CompletableFuture<RateLimitResult> getRemaining(List<String> ids) {
    return engine.peekAsync(List.copyOf(ids));
  }

  /**
   * Forgets what {@code id} used, with one DEL; see {@link RateLimiter#reset(String)}.
   *
   * @param id the identifier
   * @return a future completed once deleted; it fails if Redis cannot be asked
   */
  public CompletableFuture<Void> reset(String id) {
    return engine.resetAsync(engine.each(id));
  }

  /**
   * Forgets what each identifier used under its limit; see {@link RateLimiter#reset(List)}.
   *
   * @param ids one identifier per limit, in order
   * @return a future completed once deleted
   */
  public CompletableFuture<Void> reset(List<String> ids) {
    return engine.resetAsync(List.copyOf(ids));
  }

  @Override
  public String toString() {
    return "RateLimiterAsync{" + limiter + '}';
  }
}
