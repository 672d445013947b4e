package io.github.restredis.internal.command;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@link Command} built from every public static factory of this package, with made-up
 * arguments, so that tests reach every reply decoder, also those of commands added later. A
 * factory whose arguments cannot be made up is listed in {@link #skipped}.
 */
final class CommandCatalog {
  final List<Command<?>> commands = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  CommandCatalog() {
    for (Class<?> type : classesOfThisPackage()) {
      Method[] methods = type.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method m : methods) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
            && Command.class.isAssignableFrom(m.getReturnType())) {
          Command<?> built = build(m);
          if (built == null) {
            skipped.add(type.getSimpleName() + "." + m.getName());
          } else {
            commands.add(built);
          }
        }
      }
    }
  }

  private static List<Class<?>> classesOfThisPackage() {
    URL url = CommandCatalog.class.getResource("Command.class");
    File dir;
    try {
      dir = new File(url.toURI()).getParentFile();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("expected the main classes in a directory: " + url, e);
    }
    List<Class<?>> out = new ArrayList<>();
    String[] names = dir.list((d, n) -> n.endsWith(".class") && !n.contains("$"));
    Arrays.sort(names);
    for (String name : names) {
      try {
        out.add(Class.forName(Command.class.getPackageName() + "." + name.replace(".class", "")));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /** Tries a few spellings of string arguments: some must be numbers, cursors or stream ids. */
  private static Command<?> build(Method m) {
    for (String text : List.of("0", "0-1", "k")) {
      try {
        Object[] args = new Object[m.getParameterCount()];
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < args.length; i++) {
          args[i] = value(types[i], text, 0);
        }
        return (Command<?>) m.invoke(null, args);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // try the next spelling
      }
    }
    return null;
  }

  private static Object value(Type type, String text, int depth) throws ReflectiveOperationException {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] a = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return List.of(value(a[0], text, depth));
      }
      if (Set.class.isAssignableFrom(raw)) {
        return Set.of(value(a[0], text, depth));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of(value(a[0], text, depth), value(a[1], "1", depth));
      }
      throw new IllegalArgumentException("no value for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class || c == Object.class) {
      return text;
    }
    if (c == long.class || c == Long.class) {
      return 1L;
    }
    if (c == int.class || c == Integer.class) {
      return 1;
    }
    if (c == double.class || c == Double.class) {
      return 1.5;
    }
    if (c == boolean.class || c == Boolean.class) {
      return false;
    }
    if (c == byte[].class) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (c.isArray()) {
      Object array = java.lang.reflect.Array.newInstance(c.getComponentType(), 1);
      java.lang.reflect.Array.set(array, 0, value(c.getComponentType(), text, depth));
      return array;
    }
    if (c == Duration.class) {
      return Duration.ofSeconds(1);
    }
    if (c == Instant.class) {
      return Instant.ofEpochSecond(1_700_000_000L);
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    if (depth < 2) {
      // An argument object: the first static factory (on it or its Builder) we can feed.
      List<Class<?>> owners = new ArrayList<>(List.of(c));
      owners.addAll(Arrays.asList(c.getDeclaredClasses()));
      for (Class<?> owner : owners) {
        Method[] factories = owner.getDeclaredMethods();
        Arrays.sort(factories, Comparator.comparingInt(Method::getParameterCount)
            .thenComparing(Method::toGenericString));
        for (Method f : factories) {
          if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
              && f.getReturnType() == c) {
            try {
              Object[] args = new Object[f.getParameterCount()];
              for (int i = 0; i < args.length; i++) {
                args[i] = value(f.getGenericParameterTypes()[i], text, depth + 1);
              }
              return f.invoke(null, args);
            } catch (ReflectiveOperationException | RuntimeException e) {
              // try the next factory
            }
          }
        }
      }
    }
    throw new IllegalArgumentException("no value for " + type);
  }
}
