package io.github.restredis.internal.http;

import com.squareup.moshi.JsonReader;
import io.github.restredis.internal.command.DecodeFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads reply bodies with Moshi's streaming reader into the reply tree of {@link
 * io.github.restredis.internal.command.Decoder}: strings become exact bytes (base64-decoded when
 * asked for, except the simple string {@code OK}), integers stay 64-bit exact.
 */
public final class ReplyReader {
  private ReplyReader() {}

  /** One {@code {"result": …}} or {@code {"error": "…"}} item. */
  public static final class Item {
    final @Nullable Object result;
    final @Nullable String error;

    Item(@Nullable Object result, @Nullable String error) {
      this.result = result;
      this.error = error;
    }

    /** {@return the reply tree, when there is no error} */
    public @Nullable Object result() {
      return result;
    }

    /** {@return the error message, or null} */
    public @Nullable String error() {
      return error;
    }
  }

  /** {@return the single item of a one-command response} */
  public static Item item(JsonReader reader, boolean base64) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new DecodeFailure("expected a JSON object with \"result\" or \"error\"");
    }
    reader.beginObject();
    Object result = null;
    String error = null;
    boolean seen = false;
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("result")) {
        result = value(reader, base64);
        seen = true;
      } else if (name.equals("error")) {
        error = reader.peek() == JsonReader.Token.STRING ? reader.nextString() : String.valueOf(reader.readJsonValue());
        seen = true;
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (!seen) {
      throw new DecodeFailure("expected \"result\" or \"error\"");
    }
    return new Item(result, error);
  }

  /**
   * {@return the parser of the body of {@code call}, a {@code /pipeline} or {@code /multi-exec}
   * request: its items in order, exactly one per command}
   * Every batch surface (pipelines, transactions, auto-pipelining) parses with this, so a body with
   * another number of items (a broken proxy, a cut body) fails the request as it is parsed: the
   * caller of each command gets the same {@link io.github.restredis.ReplyDecodeException}, and it
   * is counted, reported and not retried as any other reply the client cannot read.
   */
  public static Transport.BodyParser<List<Item>> batch(HttpCall call) {
    int commands = call.commandNames.size();
    String endpoint = call.pathSegments.isEmpty() ? "" : call.pathSegments.get(0);
    return (reader, base64) -> {
      List<Item> items = items(reader, base64);
      if (items.size() != commands) {
        throw new DecodeFailure(countMismatch(endpoint, items.size(), commands));
      }
      return items;
    };
  }

  /** {@return the one wording of a batch reply with the wrong number of items} */
  static String countMismatch(String endpoint, int replies, int commands) {
    return "/" + endpoint + " answered " + replies + (replies == 1 ? " reply" : " replies")
        + " for " + commands + (commands == 1 ? " command" : " commands");
  }

  /** {@return the items of a pipeline or transaction response, in order, however many} */
  static List<Item> items(JsonReader reader, boolean base64) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      throw new DecodeFailure("expected a JSON array of results");
    }
    List<Item> items = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      items.add(item(reader, base64));
    }
    reader.endArray();
    return items;
  }

  /** {@return a value of the reply tree} */
  static @Nullable Object value(JsonReader reader, boolean base64) throws IOException {
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case NUMBER:
        String number = reader.nextString();
        try {
          return Long.parseLong(number);
        } catch (NumberFormatException e) {
          return number.getBytes(StandardCharsets.UTF_8);
        }
      case BOOLEAN:
        return reader.nextBoolean() ? 1L : 0L;
      case STRING:
        String s = reader.nextString();
        if (base64 && !s.equals("OK")) {
          try {
            return Base64.getDecoder().decode(s);
          } catch (IllegalArgumentException e) {
            throw new DecodeFailure("a string reply is not valid base64");
          }
        }
        return s.getBytes(StandardCharsets.UTF_8);
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(value(reader, base64));
        }
        reader.endArray();
        return list;
      default:
        throw new DecodeFailure("unexpected JSON " + reader.peek() + " in a reply");
    }
  }
}
