package io.github.restredis.internal.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading reply tree nodes, for decoders of structured replies (LCS IDX, geo, functions). */
final class Nodes {
  private Nodes() {}

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object node) {
    if (node instanceof List) {
      return (List<Object>) node;
    }
    throw new DecodeFailure("expected an array, got " + (node == null ? "nil" : "a " + kind(node)));
  }

  static List<Object> list(@Nullable Object node, int size) {
    List<Object> items = list(node);
    if (items.size() != size) {
      throw new DecodeFailure("expected an array of " + size + ", got " + items.size() + " items");
    }
    return items;
  }

  static long longValue(@Nullable Object node) {
    return Decoders.LONG.decode(node);
  }

  static double doubleValue(@Nullable Object node) {
    return Decoders.DOUBLE.decode(node);
  }

  static String text(@Nullable Object node) {
    return Decoders.STATUS.decode(node);
  }

  static @Nullable String nullableText(@Nullable Object node) {
    return Decoders.STRING.decode(node);
  }

  /** A flat array of name, value pairs (RESP2's form of a map), values left as nodes. */
  static Map<String, @Nullable Object> pairs(@Nullable Object node) {
    List<Object> items = list(node);
    if (items.size() % 2 != 0) {
      throw new DecodeFailure("expected name/value pairs, got " + items.size() + " items");
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i += 2) {
      out.put(text(items.get(i)), items.get(i + 1));
    }
    return out;
  }

  /** The value of a field that must be present in {@code pairs}. */
  static @Nullable Object field(Map<String, @Nullable Object> pairs, String name) {
    if (!pairs.containsKey(name)) {
      throw new DecodeFailure("expected a field named " + name);
    }
    return pairs.get(name);
  }

  private static String kind(Object node) {
    return node instanceof Long ? "integer" : node instanceof byte[] ? "string" : "value of another kind";
  }
}
