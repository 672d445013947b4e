/**
 * A small HTTP service on the JDK's built-in server, the way a user would write one: a rate limit
 * per client address, a cache-aside read in front of a slow repository, health, cache statistics,
 * Prometheus metrics and background jobs with status polling. Start it with {@link
 * io.github.restredis.examples.api.ExampleApi#main}.
 */
@NullMarked
package io.github.restredis.examples.api;

import org.jspecify.annotations.NullMarked;
