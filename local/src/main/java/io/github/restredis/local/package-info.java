/**
 * A local server that speaks the Upstash Redis REST protocol in front of a real Redis, for tests and
 * offline development.
 *
 * <p>{@link io.github.restredis.local.LocalRedisServer} starts one from Java, {@link
 * io.github.restredis.local.LocalRedisExtension} hands one to JUnit 5 tests, and the
 * {@code -standalone.jar} runs one from the command line.
 */
@NullMarked
package io.github.restredis.local;

import org.jspecify.annotations.NullMarked;
