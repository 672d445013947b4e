package io.github.restredis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile reply bodies and reply trees for the decoder fuzz tests: random bytes,
 * JSON that is almost a reply (wrong shapes, numbers out of range, strings that are not base64 or
 * decode to text that is almost a number), and such JSON cut or corrupted at a random byte.
 */
public final class HostileJson {
  private HostileJson() {}

  /** Texts that decoders parse: numbers, almost-numbers, infinities, {@code OK}. */
  private static final List<String> TRICKY_TEXT = List.of(
      "0", "1", "-1", "1.5", "-0", "+5", " 1", "1 ", "0x10", "1e308", "1e309", "-1e400", "inf",
      "-inf", "+inf", "INF", "nan", "NaN", "Infinity", "9223372036854775807",
      "9223372036854775808", "-9223372036854775809", "99999999999999999999999", "OK", "ok", "",
      "\u0000", "é", "\uD83D\uDE00", "[", "{\"a\":1}");

  /** {@return exact byte strings as Redis might send them: random or tricky text} */
  public static Arbitrary<byte[]> replyBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(24),
        Arbitraries.of(TRICKY_TEXT).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.longs().map(l -> Long.toString(l).getBytes(StandardCharsets.UTF_8)),
        Arbitraries.doubles().map(d -> Double.toString(d).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@return reply trees as {@code ReplyReader} builds them: null, Long, byte[] or a mutable list
   * of trees, nested up to {@code depth}}
   */
  public static Arbitrary<Object> replyTrees(int depth) {
    return replyTrees(depth, List.of());
  }

  /**
   * {@return reply trees as {@link #replyTrees(int)}, where strings are also taken from {@code
   * words} and some arrays are field/value pairs named by them, so that decoders of replies
   * shaped as maps (XINFO, FUNCTION LIST…) get past their field lookups}
   */
  public static Arbitrary<Object> replyTrees(int depth, List<String> words) {
    Arbitrary<byte[]> strings = words.isEmpty() ? replyBytes() : Arbitraries.oneOf(replyBytes(),
        Arbitraries.of(words).map(w -> w.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Object> leaves = Arbitraries.oneOf(
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(0L, 1L, -1L, 2L, Long.MAX_VALUE, Long.MIN_VALUE).map(l -> (Object) l),
        strings.map(b -> (Object) b)).injectNull(0.1);
    if (depth == 0) {
      return leaves;
    }
    Arbitrary<Object> nested = Arbitraries.lazy(() -> replyTrees(depth - 1, words));
    Arbitrary<Object> lists = nested.list().ofMaxSize(6).map(l -> (Object) new ArrayList<>(l));
    if (words.isEmpty()) {
      return Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(3, leaves), net.jqwik.api.Tuple.of(2, lists));
    }
    Arbitrary<Object> pairs = Combinators.combine(Arbitraries.of(words), nested)
        .as((k, v) -> java.util.Arrays.asList((Object) k.getBytes(StandardCharsets.UTF_8), v))
        .list().ofMaxSize(8)
        .map(ps -> {
          List<Object> flat = new ArrayList<>();
          ps.forEach(flat::addAll);
          return (Object) flat;
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaves),
        net.jqwik.api.Tuple.of(2, lists), net.jqwik.api.Tuple.of(2, pairs));
  }

  /** {@return a JSON value of a reply: numbers, strings (base64 or not), arrays, objects} */
  public static Arbitrary<String> jsonValue(int depth) {
    Arbitrary<String> scalars = Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.of("null", "true", "false", "1.5", "-0", "1e400", "-1E-7",
            "9223372036854775808", "-9223372036854775809", "12345678901234567890123"),
        replyBytes().map(b -> quote(Base64.getEncoder().encodeToString(b))),
        Arbitraries.of("\"OK\"", "\"@@\"", "\"=\"", "\"Q\"", "\"QQ\"", "\"QQ=\"", "\"QQ===\"",
            "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"a b\"", "\"YQ==\\n\"", "\"-_8=\""),
        Arbitraries.strings().ofMaxLength(12).map(HostileJson::quote));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<String> nested = Arbitraries.lazy(() -> jsonValue(depth - 1));
    Arbitrary<String> arrays = nested.list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> objects = Combinators.combine(
            Arbitraries.of("result", "error", "x", ""), nested)
        .as((k, v) -> "{" + quote(k) + ":" + v + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scalars), net.jqwik.api.Tuple.of(2, arrays),
        net.jqwik.api.Tuple.of(1, objects));
  }

  /** {@return one reply item: a result, an error, both, neither or not an object at all} */
  public static Arbitrary<String> item() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, jsonValue(3).map(v -> "{\"result\":" + v + "}")),
        net.jqwik.api.Tuple.of(2, jsonValue(1).map(v -> "{\"error\":" + v + "}")),
        net.jqwik.api.Tuple.of(1, Combinators.combine(jsonValue(2), jsonValue(1))
            .as((r, e) -> "{\"result\":" + r + ",\"error\":" + e + ",\"more\":[1,{}]}")),
        net.jqwik.api.Tuple.of(1, jsonValue(2)));
  }

  /** {@return whole bodies: one item, an array of items, or anything JSON} */
  public static Arbitrary<String> jsonBody() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, item()),
        net.jqwik.api.Tuple.of(3, item().list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]")),
        net.jqwik.api.Tuple.of(1, jsonValue(3)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(item(), jsonValue(1)).as((a, b) -> a + b)));
  }

  /** {@return a reply tree written as the REST API would, strings in base64} */
  static String json(Object tree) {
    if (tree == null) {
      return "null";
    }
    if (tree instanceof byte[] b) {
      return quote(Base64.getEncoder().encodeToString(b));
    }
    if (tree instanceof List<?> l) {
      List<String> items = new ArrayList<>();
      l.forEach(o -> items.add(json(o)));
      return "[" + String.join(",", items) + "]";
    }
    return tree.toString();
  }

  /** {@return well-formed bodies of replies with hostile contents: one item or a batch} */
  public static Arbitrary<String> replyBodies() {
    Arbitrary<String> item = replyTrees(3).map(t -> "{\"result\":" + json(t) + "}");
    return Arbitraries.oneOf(item,
        item.list().ofMaxSize(6).map(l -> "[" + String.join(",", l) + "]"));
  }

  /** {@return hostile body bytes: JSON as is, JSON cut or corrupted at one byte, random bytes} */
  public static Arbitrary<byte[]> bodies() {
    Arbitrary<byte[]> json = Arbitraries.oneOf(jsonBody(), replyBodies())
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> cut = Combinators.combine(json, Arbitraries.doubles().between(0, 1))
        .as((b, at) -> java.util.Arrays.copyOf(b, (int) (b.length * at)));
    Arbitrary<byte[]> corrupted = Combinators.combine(
            json, Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
        .as((b, at, x) -> {
          byte[] copy = b.clone();
          if (copy.length > 0) {
            copy[Math.min(copy.length - 1, (int) (copy.length * at))] = x;
          }
          return copy;
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, json), net.jqwik.api.Tuple.of(2, cut),
        net.jqwik.api.Tuple.of(2, corrupted),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)));
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
