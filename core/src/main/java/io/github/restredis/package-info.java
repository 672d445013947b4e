/**
 * A Redis client for the Upstash REST API; start with {@code Redis.fromEnv()}.
 *
 * <p>{@link io.github.restredis.Redis} offers the commands as methods named after them, grouped by
 * interface ({@link io.github.restredis.StringCommands}, {@link io.github.restredis.HashCommands},
 * …); options are small immutable values such as {@link io.github.restredis.SetArgs}. Every
 * failure is an unchecked {@link io.github.restredis.UpstashException}. What is retried is decided
 * by safety ({@link io.github.restredis.RetryPolicy}); what happened is visible through {@link
 * io.github.restredis.Redis#metrics()}, a {@link io.github.restredis.RequestListener} and DEBUG
 * logging on the {@code io.github.restredis} SLF4J logger.
 */
@NullMarked
package io.github.restredis;

import org.jspecify.annotations.NullMarked;
