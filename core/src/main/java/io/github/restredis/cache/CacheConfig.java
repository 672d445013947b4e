package io.github.restredis.cache;

import com.squareup.moshi.JsonAdapter;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Everything a {@link RedisCache.Builder} decided, in milliseconds; 0 turns a feature off. */
record CacheConfig<V>(
    String namespace,
    JsonAdapter<V> adapter,
    long ttlMillis,
    double ttlJitter,
    long negativeTtlMillis,
    int maxValueBytes,
    double beta,
    long graceMillis,
    long lockLeaseMillis,
    long lockWaitMillis,
    int nearMaxEntries,
    long nearTtlMillis,
    long redisTimeoutMillis,
    int breakerFailures,
    long breakerOpenMillis,
    StorageFormat format,
    boolean versioned,
    boolean enabled,
    Clock clock,
    @Nullable RandomGenerator random,
    @Nullable Executor refreshExecutor) {}
