package io.github.restredis.ratelimit;

import io.github.restredis.Redis;
import io.github.restredis.Reply;
import io.github.restredis.ReplyDecodeException;
import io.github.restredis.RequestTimeoutException;
import io.github.restredis.Script;
import io.github.restredis.UpstashException;
import io.github.restredis.ratelimit.RateLimitResult.Reason;
import io.github.restredis.ratelimit.internal.BlockedCache;
import io.github.restredis.ratelimit.internal.DecideScript;
import io.github.restredis.ratelimit.internal.Outcome;
import io.github.restredis.ratelimit.internal.Part;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The mechanics behind {@link RateLimiter}: parts, the script call, the cache, failures. */
final class Engine {
  private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

  final Redis redis;
  final List<Limit> limits;
  final List<String> prefixes;
  final FailMode failMode;
  final Clock clock;
  final boolean serverClock;
  final boolean dynamicLimits;
  final @Nullable BlockedCache cache;
  /** The server's clock minus ours, learned from each reply; used only with the server clock. */
  private final AtomicLong serverOffset = new AtomicLong();
  private final AtomicBoolean failing = new AtomicBoolean();

  Engine(Redis redis, List<Limit> limits, List<String> prefixes, FailMode failMode, Clock clock,
      boolean serverClock, boolean dynamicLimits, int cacheSize) {
    this.redis = redis;
    this.limits = limits;
    this.prefixes = prefixes;
    this.failMode = failMode;
    this.clock = clock;
    this.serverClock = serverClock;
    this.dynamicLimits = dynamicLimits;
    this.cache = cacheSize > 0 ? new BlockedCache(cacheSize) : null;
  }

  /** {@return the limiter's time: the caller's clock, or the estimate of the server's} */
  long now() {
    return clock.millis() + (serverClock ? serverOffset.get() : 0);
  }

  /** {@return {@code id} once per limit} */
  List<String> each(String id) {
    return Collections.nCopies(limits.size(), Objects.requireNonNull(id, "id == null"));
  }

  /**
   * {@return how long blockUntilReady sleeps before asking again, or -1 when {@code result} is
   * its answer} Allowed results and failures are answers; so is a denial whose reset is past the
   * deadline, or any result once the real time ({@code endNanos}) has run out.
   */
  long waitBefore(RateLimitResult result, long deadline, long endNanos) {
    RateLimitResult.Reason reason = result.reason();
    if (result.allowed() || (reason != Reason.DENIED && reason != Reason.CACHE_BLOCKED)
        || result.reset() > deadline || System.nanoTime() >= endNanos) {
      return -1;
    }
    return Math.max(1, Math.min(result.reset() - now(),
        TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime()) + 1));
  }

  List<Part> parts(List<String> ids) {
    Objects.requireNonNull(ids, "ids == null");
    if (ids.size() != limits.size()) {
      throw new IllegalArgumentException("this limiter has " + limits.size()
          + " limit(s) and needs one identifier for each, in order; got " + ids.size());
    }
    List<Part> parts = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      String id = Objects.requireNonNull(ids.get(i), "id == null");
      Limit limit = limits.get(i);
      String prefix = prefixes.get(i);
      int kind = switch (limit.algorithm()) {
        case FIXED_WINDOW -> Part.FIXED;
        case SLIDING_WINDOW -> Part.SLIDING;
        case TOKEN_BUCKET -> Part.BUCKET;
      };
      parts.add(new Part(kind, limit.limit(), limit.periodMillis(), limit.refillRate(),
          prefix + ':' + id, dynamicLimits ? DynamicLimits.idKey(prefix, id) : null,
          dynamicLimits ? DynamicLimits.globalKey(prefix) : null));
    }
    return parts;
  }

  RateLimitResult limit(List<String> ids, long rate) {
    List<Part> parts = partsFor(ids, rate);
    RateLimitResult blocked = cached(parts, rate);
    if (blocked != null) {
      return blocked;
    }
    Outcome outcome;
    try {
      outcome = run(parts, rate, false);
    } catch (UpstashException e) {
      return failed(e);
    }
    recovered();
    return result(parts, rate, outcome, true);
  }

  CompletableFuture<RateLimitResult> limitAsync(List<String> ids, long rate) {
    List<Part> parts = partsFor(ids, rate);
    RateLimitResult blocked = cached(parts, rate);
    if (blocked != null) {
      return CompletableFuture.completedFuture(blocked);
    }
    return runAsync(parts, rate, false, 0).handle((outcome, failure) -> {
      if (failure == null) {
        recovered();
        return result(parts, rate, outcome, true);
      }
      Throwable cause = unwrap(failure);
      if (cause instanceof UpstashException) {
        return failed((UpstashException) cause);
      }
      throw new CompletionException(cause);
    });
  }

  private List<Part> partsFor(List<String> ids, long rate) {
    if (rate == 0) {
      throw new IllegalArgumentException("rate must not be 0; getRemaining reads without consuming");
    }
    return parts(ids);
  }

  RateLimitResult peek(List<String> ids) {
    List<Part> parts = parts(ids);
    return result(parts, 1, run(parts, 1, true), false);
  }

  CompletableFuture<RateLimitResult> peekAsync(List<String> ids) {
    List<Part> parts = parts(ids);
    return runAsync(parts, 1, true, 0).thenApply(outcome -> result(parts, 1, outcome, false));
  }

  private @Nullable RateLimitResult cached(List<Part> parts, long rate) {
    if (cache == null || rate < 0) {
      return null;
    }
    long now = now();
    for (Part part : parts) {
      BlockedCache.Entry entry = cache.blocked(part.baseKey(), rate, now);
      if (entry != null) {
        return new RateLimitResult(false, entry.limit(), entry.remaining(), entry.until(),
            Reason.CACHE_BLOCKED);
      }
    }
    return null;
  }

  private Outcome run(List<Part> parts, long rate, boolean peek) {
    for (int attempt = 0; ; attempt++) {
      DecideScript.Call call = DecideScript.call(parts, rate, now(), serverClock, peek);
      Reply reply = script(peek).eval(redis, call.keys(), call.args());
      Outcome outcome = accept(reply, parts.size(), attempt);
      if (outcome != null) {
        return outcome;
      }
    }
  }

  private CompletableFuture<Outcome> runAsync(List<Part> parts, long rate, boolean peek, int attempt) {
    DecideScript.Call call = DecideScript.call(parts, rate, now(), serverClock, peek);
    return script(peek).evalAsync(redis.async(), call.keys(), call.args()).thenCompose(reply -> {
      Outcome outcome = accept(reply, parts.size(), attempt);
      return outcome != null ? CompletableFuture.completedFuture(outcome)
          : runAsync(parts, rate, peek, attempt + 1);
    });
  }

  private static Script script(boolean peek) {
    return peek ? DecideScript.PEEK : DecideScript.LIMIT;
  }

  /** {@return the outcome, or null to ask once more after learning the server's clock} */
  private @Nullable Outcome accept(Reply reply, int parts, int attempt) {
    Outcome outcome = parse(reply, parts);
    if (serverClock) {
      serverOffset.set(outcome.now() - clock.millis());
    }
    if (outcome.code() != Outcome.SKEW) {
      return outcome;
    }
    if (attempt > 0) {
      // Only windows shorter than the jitter of the round trip get here.
      throw new UpstashException("the server's clock moved out of the declared windows twice;"
          + " windows this short cannot use the server clock", "EVALSHA", null);
    }
    return null;
  }

  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
  }

  private static Outcome parse(Reply reply, int parts) {
    try {
      return DecideScript.parse(reply, parts);
    } catch (IllegalStateException e) {
      throw new ReplyDecodeException(e.getMessage() == null ? "bad reply" : e.getMessage(), "EVALSHA", e);
    }
  }

  private RateLimitResult result(List<Part> parts, long rate, Outcome outcome, boolean record) {
    boolean allowed = outcome.code() == Outcome.ALLOWED;
    long now = now();
    Outcome.PartOutcome pick = null;
    for (int i = 0; i < parts.size(); i++) {
      Outcome.PartOutcome p = outcome.parts().get(i);
      if (allowed ? pick == null || p.remaining() < pick.remaining()
          : !p.fits() && (pick == null || p.reset() > pick.reset())) {
        pick = p;
      }
      if (record && cache != null) {
        String key = parts.get(i).baseKey();
        if (!p.fits() && rate <= p.limit()) {
          cache.block(key, new BlockedCache.Entry(p.reset(), rate, p.limit(), p.remaining()), now);
        } else if (rate < 0) {
          cache.remove(key);
        }
      }
    }
    Objects.requireNonNull(pick, "no part decided");
    return new RateLimitResult(allowed, pick.limit(), pick.remaining(), pick.reset(),
        allowed ? Reason.ALLOWED : Reason.DENIED);
  }

  private RateLimitResult failed(UpstashException e) {
    Reason reason = e instanceof RequestTimeoutException ? Reason.TIMEOUT : Reason.ERROR;
    if (failing.compareAndSet(false, true)) {
      log.warn("Rate limit not checked ({}): {}; {} until Redis answers again", reason,
          e.getMessage(), failMode == FailMode.OPEN ? "allowing (fail-open)" : "denying (fail-closed)");
    } else {
      log.debug("Rate limit not checked ({}): {}", reason, e.getMessage());
    }
    return new RateLimitResult(failMode == FailMode.OPEN, limits.get(0).limit(), 0, now(), reason);
  }

  private void recovered() {
    if (failing.get() && failing.compareAndSet(true, false)) {
      log.info("Rate limits are checked again: Redis answers");
    }
  }

  void reset(List<String> ids) {
    redis.del(resetKeys(ids));
  }

  CompletableFuture<Void> resetAsync(List<String> ids) {
    return redis.async().del(resetKeys(ids)).thenApply(deleted -> null);
  }

  private String[] resetKeys(List<String> ids) {
    List<Part> parts = parts(ids);
    long now = now();
    List<String> keys = new ArrayList<>();
    for (Part part : parts) {
      if (part.windowed()) {
        // The window now, and one on each side for callers whose clocks are a little off.
        long window = Math.floorDiv(now, part.periodMillis());
        for (long w = window - 1; w <= window + 1; w++) {
          keys.add(part.windowKey(w));
        }
      } else {
        keys.add(part.baseKey());
      }
      if (cache != null) {
        cache.remove(part.baseKey());
      }
    }
    return keys.toArray(new String[0]);
  }

  /** Logs a warning when Redis says it may evict keys, which would lose counters. */
  void warnIfEvicting() {
    String policy = evictionPolicy(redis);
    if (policy != null && !policy.equals("noeviction")) {
      log.warn("Redis evicts keys under memory pressure (maxmemory-policy {}): rate limit counters"
          + " can be lost and requests over the limit admitted; use noeviction for rate limiting", policy);
    }
  }

  /**
   * {@return the server's maxmemory-policy from INFO memory, or null when it will not say}
   * Not CONFIG GET: the REST API refuses CONFIG, so asking would cost a billed command and a
   * failure in the limiter's metrics on every start, for nothing.
   */
  static @Nullable String evictionPolicy(Redis redis) {
    try {
      for (String line : redis.info("memory").split("\r?\n")) {
        if (line.startsWith("maxmemory_policy:")) {
          return line.substring("maxmemory_policy:".length()).trim();
        }
      }
      log.debug("maxmemory_policy not in INFO memory, eviction not checked");
      return null;
    } catch (UpstashException | IllegalStateException e) {
      log.debug("maxmemory-policy not readable, eviction not checked: {}", e.getMessage());
      return null;
    }
  }
}
