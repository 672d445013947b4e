package io.github.restredis.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Skips a test class or method, with a reason naming both versions, when the Redis behind the
 * {@link LocalRedisExtension} server is older than {@link #value()}.
 *
 * <pre>{@code
 * @Test
 * @RequiresRedis("7.4") // HEXPIRE
 * void hexpire(LocalRedisServer server) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRedis {
  /** {@return the lowest Redis version the test needs, such as {@code "7.4"}} */
  String value();
}
