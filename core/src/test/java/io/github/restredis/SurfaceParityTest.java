package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command of the synchronous client exists, with the same parameters and the same reply
 * type, on the async view, on pipelines and on transactions, and those offer nothing else. Read
 * by reflection, so a command added to one surface only fails here.
 */
class SurfaceParityTest {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(long.class, Long.class,
      int.class, Integer.class, boolean.class, Boolean.class, double.class, Double.class,
      void.class, Void.class);

  /** The commands a surface offers: public instance methods other than Object's and plumbing. */
  private static Set<String> commands(Class<?> surface, Set<String> plumbing) {
    return Arrays.stream(surface.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> !plumbing.contains(m.getName()) && !OBJECT_METHODS.contains(m.getName()))
        // Iterators and streams loop over SCAN pages on the caller's thread; the page commands
        // (scan, hscan, sscan, zscan) themselves are on every surface.
        .filter(m -> m.getReturnType() != Iterator.class && m.getReturnType() != Stream.class)
        .map(SurfaceParityTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(Type::getTypeName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

  // subscribe and psubscribe open long-lived event streams; they are not commands, so only the
  // synchronous client has them (SUBSCRIBE inside a pipeline or MULTI means nothing over REST).
  // json() is a view that encodes objects before calling the string commands.
  private static final Set<String> SYNC_PLUMBING = Set.of("async", "pipeline", "multi",
      "newBuilder", "withTimeouts", "metrics", "syncToken", "moshi", "url", "close",
      "subscribe", "psubscribe", "json");

  @Test
  void everySurfaceOffersTheSameCommands() {
    Set<String> sync = commands(Redis.class, SYNC_PLUMBING);
    assertThat(sync).hasSizeGreaterThan(100).contains("get(java.lang.String)", "command(java.lang.String[])");
    assertThat(commands(RedisAsync.class, Set.of("sync"))).isEqualTo(sync);
    assertThat(commands(Pipeline.class, Set.of("exec", "size"))).isEqualTo(sync);
    assertThat(commands(Transaction.class, Set.of("exec", "size"))).isEqualTo(sync);
  }

  @Test
  void repliesHaveTheSameTypeOnEverySurface() throws Exception {
    for (Method m : Redis.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
          || SYNC_PLUMBING.contains(m.getName()) || OBJECT_METHODS.contains(m.getName())
          || m.getReturnType() == Iterator.class
          || m.getReturnType() == Stream.class) {
        continue;
      }
      Type expected = m.getGenericReturnType();
      if (expected instanceof Class<?> && ((Class<?>) expected).isPrimitive()) {
        expected = BOXES.get(expected);
      }
      for (Class<?> surface : List.of(RedisAsync.class, Pipeline.class, Transaction.class)) {
        Method twin = surface.getMethod(m.getName(), m.getParameterTypes());
        ParameterizedType wrapped = (ParameterizedType) twin.getGenericReturnType();
        assertThat(wrapped.getRawType())
            .as("%s.%s", surface.getSimpleName(), signature(m))
            .isEqualTo(surface == RedisAsync.class ? CompletableFuture.class : Response.class);
        assertThat(wrapped.getActualTypeArguments()[0].getTypeName())
            .as("%s.%s", surface.getSimpleName(), signature(m))
            .isEqualTo(expected.getTypeName());
      }
    }
  }

  @Test
  void scriptsRunOnEverySurface() throws Exception {
    Class<?>[] params = {List.class, List.class};
    assertThat(Script.class.getMethod("eval", prepend(Redis.class, params)).getReturnType())
        .isEqualTo(Reply.class);
    assertThat(Script.class.getMethod("evalAsync", prepend(RedisAsync.class, params)).getReturnType())
        .isEqualTo(CompletableFuture.class);
    assertThat(Script.class.getMethod("eval", prepend(Batch.class, params)).getReturnType())
        .isEqualTo(Response.class);
  }

  private static Class<?>[] prepend(Class<?> first, Class<?>[] rest) {
    Class<?>[] all = new Class<?>[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
