package io.github.restredis.local;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a conformance test once per kind of backing Redis: {@code redis-server} from the PATH (skipped,
 * with the reason, where none is installed) and the binary shipped in the Maven artifact.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(OnEveryRedis.Provider.class)
@interface OnEveryRedis {

  /** Supplies one invocation per {@link RedisSource} that starts a process. */
  final class Provider implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
      return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
      return Stream.of(RedisSource.PATH, RedisSource.EMBEDDED).map(Invocation::new);
    }
  }

  /** One run of a test against one source; the server is shared per source and flushed first. */
  final class Invocation implements TestTemplateInvocationContext {
    private final LocalRedisExtension extension;
    private final RedisSource source;

    Invocation(RedisSource source) {
      this.source = source;
      this.extension = LocalRedisExtension.create(source);
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return "redis from " + source.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(
          (ExecutionCondition) extension::evaluateExecutionCondition,
          (BeforeEachCallback) extension::beforeEach,
          new ParameterResolver() {
            @Override
            public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
              return extension.supportsParameter(p, c);
            }

            @Override
            public Object resolveParameter(ParameterContext p, ExtensionContext c) {
              return extension.resolveParameter(p, c);
            }
          });
    }
  }
}
