/**
 * Rate limiters on Redis over the REST API: fixed window, sliding window and token bucket, one
 * HTTP request per decision, compatible with {@code @upstash/ratelimit}; start with {@link
 * io.github.restredis.ratelimit.RateLimiter#builder(io.github.restredis.Redis)}.
 */
@NullMarked
package io.github.restredis.ratelimit;

import org.jspecify.annotations.NullMarked;
