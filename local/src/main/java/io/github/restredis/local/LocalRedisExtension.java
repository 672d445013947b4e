package io.github.restredis.local;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.jspecify.annotations.Nullable;

/**
 * A JUnit 5 extension that hands tests a running {@link LocalRedisServer} and an empty database.
 *
 * <p>One server per configuration is shared by every test class in the JVM and stopped when the
 * run ends; every key is deleted before each test. Declare a {@link LocalRedisServer} parameter on
 * a constructor, lifecycle or test method to receive it, and use {@link RequiresRedis} to skip
 * tests the running Redis is too old for.
 *
 * <pre>{@code
 * @ExtendWith(LocalRedisExtension.class)
 * class MyServiceIT {
 *   @Test
 *   void works(LocalRedisServer server) {
 *     MyService service = new MyService(server.url(), server.token());
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith}, the Redis is chosen as {@link LocalRedisServer} does, unless the
 * system property {@code restredis.local.redis} says {@code path}, {@code embedded} or gives a
 * {@code redis://} URL. {@link #create(RedisSource)} with {@code @RegisterExtension} pins a source.
 */
public final class LocalRedisExtension
    implements BeforeEachCallback, ParameterResolver, ExecutionCondition {
  /** System property that picks the Redis for the default extension. */
  public static final String REDIS_PROPERTY = "restredis.local.redis";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LocalRedisExtension.class);

  private final @Nullable RedisSource source;
  private final boolean flushBeforeEach;

  /** The default extension, for {@code @ExtendWith(LocalRedisExtension.class)}. */
  public LocalRedisExtension() {
    this(null, true);
  }

  private LocalRedisExtension(@Nullable RedisSource source, boolean flushBeforeEach) {
    this.source = source;
    this.flushBeforeEach = flushBeforeEach;
  }

  /**
   * {@return an extension whose server uses {@code source}}
   *
   * @param source where Redis comes from; tests skip if {@link RedisSource#PATH} has no binary
   */
  public static LocalRedisExtension create(RedisSource source) {
    return new LocalRedisExtension(source, true);
  }

  /** {@return a copy that keeps the data between tests instead of deleting every key before each one} */
  public LocalRedisExtension keepData() {
    return new LocalRedisExtension(source, false);
  }

  /**
   * {@return the shared server for this configuration, started on first use}
   *
   * @param context any context of the current JUnit run
   */
  public LocalRedisServer server(ExtensionContext context) {
    String key = source == null ? defaultChoice() : source.name();
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(key, k -> new SharedServer(startServer()), SharedServer.class)
        .server;
  }

  private LocalRedisServer startServer() {
    LocalRedisServer.Builder builder = LocalRedisServer.builder();
    if (source != null) {
      builder.redisSource(source);
    } else {
      String choice = defaultChoice();
      if (choice.startsWith("redis://") || choice.startsWith("rediss://")) {
        builder.redisUrl(choice);
      } else if (!choice.equals("auto")) {
        builder.redisSource(RedisSource.valueOf(choice.toUpperCase(Locale.ROOT)));
      }
    }
    return builder.start();
  }

  private static String defaultChoice() {
    String value = System.getProperty(REDIS_PROPERTY, "").trim();
    return value.isEmpty() ? "auto" : value;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (source == RedisSource.PATH && io.github.restredis.local.internal.RedisProcess.findOnPath() == null) {
      return ConditionEvaluationResult.disabled("no redis-server on the PATH (install redis-server to run these)");
    }
    Optional<RequiresRedis> requirement =
        AnnotationSupport.findAnnotation(context.getElement(), RequiresRedis.class);
    if (requirement.isEmpty()) {
      return ConditionEvaluationResult.enabled("no Redis version requirement");
    }
    LocalRedisServer server = server(context);
    String needed = requirement.get().value();
    return server.redisVersionAtLeast(needed)
        ? ConditionEvaluationResult.enabled("Redis " + server.redisVersion() + " >= " + needed)
        : ConditionEvaluationResult.disabled(
            "needs Redis " + needed + ", running Redis " + server.redisVersion());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (flushBeforeEach) {
      server(context).flushAll();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalRedisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  /** Stops the server when the JUnit run ends. */
  private static final class SharedServer implements ExtensionContext.Store.CloseableResource {
    final LocalRedisServer server;

    SharedServer(LocalRedisServer server) {
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
