package io.github.restredis.internal.command;

import com.squareup.moshi.JsonReader;
import io.github.restredis.internal.json.ExactJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The reply shapes of the RedisJSON commands. A JSONPath ({@code $…}) can match several values, so
 * most commands answer with one item per match (nil where the match has the wrong type); a legacy
 * path ({@code .a}, or none) answers with the single value. Both become a list here.
 */
final class JsonReplies {
  private JsonReplies() {}

  /** Integers per match, or a single integer (legacy path); nil stays null. */
  static final Decoder<List<@Nullable Long>> LONGS =
      reply -> {
        if (!(reply instanceof List)) {
          return Collections.singletonList(Decoders.NULLABLE_LONG.decode(reply));
        }
        List<@Nullable Long> out = new ArrayList<>();
        for (Object item : StreamReplies.list(reply)) {
          out.add(Decoders.NULLABLE_LONG.decode(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** JSON texts per match (ARRPOP), or a single one; nil stays null. */
  static final Decoder<List<@Nullable String>> TEXTS =
      reply -> reply instanceof List
          ? Decoders.STRING_LIST.decode(reply)
          : Collections.singletonList(Decoders.STRING.decode(reply));

  /** TYPE: names per match, a single name (legacy path), or nil for a missing key: empty. */
  static final Decoder<List<String>> TYPES =
      reply -> {
        if (reply == null) {
          return List.of();
        }
        if (!(reply instanceof List)) {
          return List.of(Decoders.STATUS.decode(reply));
        }
        List<String> out = new ArrayList<>();
        for (Object item : StreamReplies.list(reply)) {
          // RESP2 answers a JSONPath with nested one-element arrays on some versions.
          if (item instanceof List) {
            List<Object> nested = StreamReplies.list(item);
            if (nested.size() != 1) {
              throw new DecodeFailure("expected one type name, got " + nested.size() + " items");
            }
            item = nested.get(0);
          }
          out.add(Decoders.STATUS.decode(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** TOGGLE: 1/0/nil per match, or {@code true}/{@code false} text (legacy path). */
  static final Decoder<List<@Nullable Boolean>> BOOLEANS =
      reply -> {
        if (reply instanceof List) {
          List<@Nullable Boolean> out = new ArrayList<>();
          for (Object item : StreamReplies.list(reply)) {
            out.add(item == null ? null : Decoders.LONG.decode(item) != 0);
          }
          return Collections.unmodifiableList(out);
        }
        String text = Decoders.STRING.decode(reply);
        return Collections.singletonList(text == null ? null : Boolean.valueOf("true".equals(text)));
      };

  /** OBJKEYS with a JSONPath: a key list (or nil) per match. */
  static final Decoder<List<@Nullable List<String>>> KEY_LISTS =
      reply -> {
        List<@Nullable List<String>> out = new ArrayList<>();
        for (Object item : StreamReplies.list(reply)) {
          out.add(item == null ? null : Decoders.NONNULL_STRING_LIST.decode(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** OBJKEYS with a legacy path: one key list, or nil. */
  static final Decoder<List<@Nullable List<String>>> KEY_LIST =
      reply -> Collections.singletonList(reply == null ? null : Decoders.NONNULL_STRING_LIST.decode(reply));

  /**
   * NUMINCRBY, NUMMULTBY: a JSON text, an array of numbers and nulls for a JSONPath or a number for
   * a legacy path. Integers stay {@link Long}, other numbers {@link Double}; an integer too large
   * for a long is a {@link java.math.BigDecimal}, so nothing is rounded.
   */
  static final Decoder<List<@Nullable Number>> NUMBERS =
      reply -> {
        String text = Decoders.STRING.decode(reply);
        if (text == null) {
          return Collections.singletonList(null);
        }
        try {
          JsonReader reader = JsonReader.of(new Buffer().writeString(text, StandardCharsets.UTF_8));
          List<@Nullable Number> out = new ArrayList<>();
          if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
            reader.beginArray();
            while (reader.hasNext()) {
              out.add(number(reader));
            }
            reader.endArray();
          } else {
            out.add(number(reader));
          }
          if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
            throw new DecodeFailure("unexpected data after the numbers");
          }
          return Collections.unmodifiableList(out);
        } catch (IOException | RuntimeException e) {
          if (e instanceof DecodeFailure) {
            throw (DecodeFailure) e;
          }
          throw new DecodeFailure("expected JSON numbers, got text that is not");
        }
      };

  private static @Nullable Number number(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (reader.peek() != JsonReader.Token.NUMBER) {
      throw new DecodeFailure("expected a JSON number or null, got " + reader.peek());
    }
    return ExactJson.exactNumber(reader.nextString());
  }
}
