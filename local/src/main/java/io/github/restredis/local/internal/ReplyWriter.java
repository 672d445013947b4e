package io.github.restredis.local.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Writes replies as JSON: {@code {"result":…}} or {@code {"error":"…"}}, and arrays of them.
 *
 * <p>With base64 on, every string at every depth is the base64 of its raw bytes, except the
 * simple-string reply {@code OK}; numbers, null and error messages are never encoded. Without it,
 * bytes that are not UTF-8 become U+FFFD, as on Upstash.
 */
final class ReplyWriter {
  private final boolean base64;

  ReplyWriter(boolean base64) {
    this.base64 = base64;
  }

  /** One reply as {@code {"result":…}}, or {@code {"error":…}} for a Redis error. */
  byte[] single(@Nullable Object reply) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      item(writer, reply);
    } catch (IOException e) {
      throw new IllegalStateException("Writing to memory cannot fail", e);
    }
    return buffer.readByteArray();
  }

  /** Replies of a pipeline or transaction: an array of items, in order. */
  byte[] items(List<@Nullable Object> replies) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginArray();
      for (Object reply : replies) {
        item(writer, reply);
      }
      writer.endArray();
    } catch (IOException e) {
      throw new IllegalStateException("Writing to memory cannot fail", e);
    }
    return buffer.readByteArray();
  }

  /** {@code {"error":message}}, the body of every non-200 response. */
  static byte[] error(String message) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject().name("error").value(message).endObject();
    } catch (IOException e) {
      throw new IllegalStateException("Writing to memory cannot fail", e);
    }
    return buffer.readByteArray();
  }

  private void item(JsonWriter writer, @Nullable Object reply) throws IOException {
    writer.beginObject();
    if (reply instanceof Resp.Error error) {
      writer.name("error").value(error.message());
    } else {
      writer.name("result");
      value(writer, reply);
    }
    writer.endObject();
  }

  private void value(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      // Moshi drops null object members unless told to keep them.
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      writer.nullValue();
      writer.setSerializeNulls(serializeNulls);
    } else if (value instanceof byte[] bytes) {
      writer.value(string(bytes));
    } else if (value instanceof Resp.SimpleString simple) {
      writer.value(simple.isOk() ? "OK" : string(simple.bytes()));
    } else if (value instanceof Long number) {
      writer.value(number.longValue());
    } else if (value instanceof Resp.Error error) {
      // An error inside an array (a Lua table holding an error reply): its message, never encoded.
      writer.value(error.message());
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        value(writer, element);
      }
      writer.endArray();
    } else {
      throw new IllegalArgumentException("Not a RESP value: " + value.getClass());
    }
  }

  private String string(byte[] bytes) {
    return base64
        ? Base64.getEncoder().encodeToString(bytes)
        : new String(bytes, StandardCharsets.UTF_8);
  }
}
