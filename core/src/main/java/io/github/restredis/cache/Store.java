package io.github.restredis.cache;

import io.github.restredis.QuotaExceededException;
import io.github.restredis.Redis;
import io.github.restredis.RedisErrorException;
import io.github.restredis.Reply;
import io.github.restredis.RequestTooLargeException;
import io.github.restredis.Response;
import io.github.restredis.ScanArgs;
import io.github.restredis.Script;
import io.github.restredis.SetArgs;
import io.github.restredis.Transaction;
import io.github.restredis.UpstashException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's Redis calls and key layout. Reads and writes go through a client with the cache's
 * short deadline and no retries, guarded by the circuit breaker: any failure becomes {@link
 * Unavailable} for the caller to fall back on. Invalidations go through the caller's client and
 * throw, since a silent failure would leave stale data.
 *
 * <p>Keys: {@code <ns>:<version>:<key>} (or {@code <ns>:<key>} without versioning), the version
 * counter {@code <ns>#version}, locks {@code <ns>#lock:<key>}.
 */
final class Store {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis.cache");
  private static final int UNLINK_BATCH = 500;
  /** The glob characters of SCAN MATCH, sorted for binary search. */
  private static final char[] GLOB = {'*', '?', '[', '\\', ']'};

  /** Value and remaining TTL of one key, plus the namespace version, in one request. */
  static final Script READ_WITH_TTL = Script.readOnly("#!lua flags=allow-key-locking,no-writes\n"
      + "local version = false\n"
      + "if KEYS[2] then version = redis.call('GET', KEYS[2]) end\n"
      + "return {redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1]), version}");

  /** A value read from Redis, with its remaining TTL in ms or {@link Codec#TTL_UNKNOWN}. */
  record Stored(String value, long pttl) {}

  /** Redis could not be asked; the caller falls back. Carries no stack trace, it is expected. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(@Nullable Throwable cause) {
      super(cause == null ? "circuit open" : cause.getMessage(), cause, false, false);
    }
  }

  private final Redis fast;
  private final Redis admin;
  private final Breaker breaker;
  private final StatsRecorder stats;
  private final String ns;
  private final boolean versioned;
  private final String versionKey;
  private volatile @Nullable String version;

  Store(Redis fast, Redis admin, Breaker breaker, StatsRecorder stats, String ns, boolean versioned) {
    this.fast = fast;
    this.admin = admin;
    this.breaker = breaker;
    this.stats = stats;
    this.ns = ns;
    this.versioned = versioned;
    this.versionKey = ns + "#version";
  }

  /** {@return the stored strings of {@code keys}, in order, null where absent; one MGET} */
  List<@Nullable Stored> read(List<String> keys) {
    return guarded(() -> {
      for (int attempt = 0; ; attempt++) {
        String v = versioned ? currentVersion() : null;
        List<String> args = new ArrayList<>(keys.size() + 1);
        if (v != null) {
          args.add(versionKey);
        }
        for (String key : keys) {
          args.add(dataKey(v, key));
        }
        List<@Nullable String> reply = fast.mget(args.toArray(String[]::new));
        if (v == null || v.equals(reply.get(0)) || attempt == 2) {
          List<@Nullable Stored> out = new ArrayList<>(keys.size());
          boolean current = v == null || v.equals(reply.get(0));
          for (String s : reply.subList(v == null ? 0 : 1, reply.size())) {
            out.add(s == null || !current ? null : new Stored(s, Codec.TTL_UNKNOWN));
          }
          return out;
        }
        // Another process invalidated the namespace: read the new generation.
        version = reply.get(0);
      }
    });
  }

  /** {@return the stored string of {@code key} and its remaining TTL, or null; one request} */
  @Nullable Stored readWithTtl(String key) {
    return guarded(() -> {
      for (int attempt = 0; ; attempt++) {
        String v = versioned ? currentVersion() : null;
        List<String> keys = v == null ? List.of(dataKey(null, key)) : List.of(dataKey(v, key), versionKey);
        List<Reply> reply = READ_WITH_TTL.eval(fast, keys, List.of()).asList();
        Reply actual = reply.get(2);
        boolean current = v == null || (!actual.isNull() && v.equals(actual.asString()));
        if (current || attempt == 2) {
          return reply.get(0).isNull() || !current ? null : new Stored(reply.get(0).asString(), reply.get(1).asLong());
        }
        version = actual.isNull() ? null : actual.asString();
      }
    });
  }

  void set(String key, String value, long pxMillis) {
    guarded(() -> fast.set(dataKey(key), value, SetArgs.Builder.ex(Duration.ofMillis(pxMillis))));
  }

  /**
   * Stores several values with one TTL in one request: a MULTI/EXEC transaction of SET … PX, so
   * that readers see all of them or none.
   *
   * @throws io.github.restredis.RequestTooLargeException if they do not fit in one request
   */
  void setAll(Map<String, String> values, long pxMillis) {
    guarded(() -> {
      SetArgs px = SetArgs.Builder.ex(Duration.ofMillis(pxMillis));
      Transaction tx = fast.multi();
      List<Response<Boolean>> replies = new ArrayList<>(values.size());
      for (Map.Entry<String, String> e : values.entrySet()) {
        replies.add(tx.set(dataKey(e.getKey()), e.getValue(), px));
      }
      tx.exec();
      replies.forEach(Response::get);
      return null;
    });
  }

  /** {@return {acquired (1/0), stored value or nil} for the lock of {@code key}} */
  List<Reply> acquire(String key, String token, long leaseMillis) {
    return guarded(() -> DistributedLock.ACQUIRE.eval(fast, List.of(lockKey(key), dataKey(key)),
        List.of(token, Long.toString(leaseMillis))).asList());
  }

  void release(String key, String token) {
    guarded(() -> DistributedLock.RELEASE.eval(fast, List.of(lockKey(key)), List.of(token)));
  }

  void writeAndRelease(String key, String value, long pxMillis, String token) {
    guarded(() -> DistributedLock.WRITE_RELEASE.eval(fast, List.of(dataKey(key), lockKey(key)),
        List.of(value, Long.toString(pxMillis), token)));
  }

  /** Deletes one entry (UNLINK) through the caller's client; throws on failure. */
  boolean delete(String key) {
    String v = versioned ? adminVersion() : null;
    return admin.unlink(dataKey(v, key)) > 0;
  }

  /** Moves the namespace to a new generation with one INCR; throws on failure. */
  void bumpVersion() {
    version = Long.toString(admin.incr(versionKey));
  }

  /** Deletes the current generation's entries whose key starts with {@code prefix}: SCAN + UNLINK. */
  long deleteByPrefix(String prefix) {
    String v = versioned ? adminVersion() : null;
    String pattern = glob(dataKey(v, prefix)) + "*";
    Iterator<String> keys = admin.scanIterator(ScanArgs.Builder.match(pattern).count(1000));
    long deleted = 0;
    List<String> batch = new ArrayList<>(UNLINK_BATCH);
    while (keys.hasNext()) {
      batch.add(keys.next());
      if (batch.size() == UNLINK_BATCH || !keys.hasNext()) {
        deleted += admin.unlink(batch.toArray(String[]::new));
        batch.clear();
      }
    }
    return deleted;
  }

  /** {@return the Redis key of an entry, in the current generation; for tests and docs} */
  String redisKey(String key) {
    return dataKey(key);
  }

  String lockKey(String key) {
    return ns + "#lock:" + key;
  }

  private String dataKey(String key) {
    return dataKey(versioned ? currentVersion() : null, key);
  }

  private String dataKey(@Nullable String v, String key) {
    return v == null ? ns + ":" + key : ns + ":" + v + ":" + key;
  }

  /**
   * {@return the namespace version, read once and then learned from each read's reply}
   * A missing counter (never set, or evicted) starts at the current epoch millisecond, so a lost
   * counter never brings back a generation that was invalidated.
   */
  private String currentVersion() {
    String v = version;
    if (v != null) {
      return v;
    }
    v = fast.get(versionKey);
    if (v == null) {
      String start = Long.toString(System.currentTimeMillis());
      fast.set(versionKey, start, SetArgs.Builder.nx());
      v = fast.get(versionKey);
      if (v == null) {
        v = start;
      }
    }
    version = v;
    return v;
  }

  private String adminVersion() {
    String v = version;
    if (v == null) {
      v = admin.get(versionKey);
    }
    return v == null ? "0" : v;
  }

  private <T> T guarded(Supplier<T> call) {
    if (!breaker.allow()) {
      stats.redisSkipped.increment();
      throw new Unavailable(null);
    }
    boolean decided = false;
    try {
      T result = call.get();
      breaker.success();
      decided = true;
      return result;
    } catch (RequestTooLargeException e) {
      // The caller's input, not Redis's state: nothing was sent.
      throw e;
    } catch (RedisErrorException e) {
      stats.redisErrors.increment();
      // The server answered: only a spent quota means it will keep failing.
      if (e instanceof QuotaExceededException) {
        breaker.failure();
      } else {
        breaker.success();
      }
      decided = true;
      log.debug("cache {}: Redis error reply: {}", ns, e.getMessage());
      throw new Unavailable(e);
    } catch (UpstashException | IllegalStateException e) {
      stats.redisErrors.increment();
      breaker.failure();
      decided = true;
      log.debug("cache {}: Redis call failed: {}", ns, e.toString());
      throw new Unavailable(e);
    } finally {
      if (!decided) {
        // Redis was not asked (or the failure was ours): a half-open probe must not stay taken.
        breaker.cancelProbe();
      }
    }
  }

  /** Escapes the glob characters of SCAN MATCH. */
  static String glob(String literal) {
    StringBuilder out = new StringBuilder(literal.length() + 8);
    for (char c : literal.toCharArray()) {
      if (Arrays.binarySearch(GLOB, c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
