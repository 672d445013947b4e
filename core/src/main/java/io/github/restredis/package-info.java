/**
 * A Redis client for the Upstash REST API; start with {@code Redis.fromEnv()}.
 */
@NullMarked
package io.github.restredis;

import org.jspecify.annotations.NullMarked;
