package io.github.restredis.internal.http;

import io.github.restredis.internal.command.Command;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okio.Buffer;
import okio.ByteString;
import com.squareup.moshi.JsonWriter;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request, serialized once and re-sent as-is on retry: its path, body, the commands it
 * carries (names only, for logs and errors) and whether all of them are idempotent.
 */
public final class HttpCall {
  static final MediaType JSON = MediaType.get("application/json");
  static final MediaType OCTETS = MediaType.get("application/octet-stream");

  final List<String> pathSegments;
  final ByteString body;
  final MediaType mediaType;
  final List<String> commandNames;
  final boolean idempotent;
  /** The start of an error reply the library answers itself (see {@link Command#handledError}). */
  final @Nullable String handledError;

  private HttpCall(
      List<String> pathSegments, ByteString body, MediaType mediaType, List<String> commandNames,
      boolean idempotent, @Nullable String handledError) {
    this.pathSegments = pathSegments;
    this.body = body;
    this.mediaType = mediaType;
    this.commandNames = commandNames;
    this.idempotent = idempotent;
    this.handledError = handledError;
  }

  /**
   * {@return the request for one command: a JSON array POSTed to {@code /}, or, when its last
   * argument is bytes that are not UTF-8, a path-style POST whose raw body is that argument}
   */
  public static HttpCall single(Command<?> command) {
    List<String> names = List.of(command.name());
    if (command.rawIndex() >= 0) {
      List<String> segments = new ArrayList<>(command.argCount() - 1);
      for (int i = 0; i < command.argCount() - 1; i++) {
        String segment = new String(command.arg(i), StandardCharsets.UTF_8);
        // URLs normalize "." and ".." away, and a trailing empty segment is dropped by the server.
        if (segment.equals(".") || segment.equals("..")
            || (segment.isEmpty() && i == command.argCount() - 2)) {
          throw new IllegalArgumentException(command.name() + ": an argument \"" + segment
              + "\" cannot precede bytes that are not UTF-8 (a path-style request cannot carry it)");
        }
        // Command words in lower case, as Upstash documents path-style requests (/set/k).
        segments.add(i < command.name().split(" ").length ? segment.toLowerCase(java.util.Locale.ROOT) : segment);
      }
      ByteString raw = ByteString.of(command.arg(command.argCount() - 1));
      return new HttpCall(segments, raw, OCTETS, names, command.idempotent(),
          command.handledError());
    }
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writeCommand(writer, command);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer never fails
    }
    return new HttpCall(List.of(), buffer.readByteString(), JSON, names, command.idempotent(),
        command.handledError());
  }

  /**
   * {@return a batch request (pipeline or transaction) POSTed to {@code /<endpoint>}: an array of
   * command arrays; refused if a command needs a path-style raw body}
   */
  public static HttpCall batch(String endpoint, List<? extends Command<?>> commands) {
    List<ByteString> encoded = new ArrayList<>(commands.size());
    for (Command<?> command : commands) {
      encoded.add(encode(endpoint, command));
    }
    return batch(endpoint, commands, encoded);
  }

  /**
   * {@return a batch request from commands already {@linkplain #encode encoded}, so that a caller
   * that measured their sizes does not encode them twice}
   */
  public static HttpCall batch(
      String endpoint, List<? extends Command<?>> commands, List<ByteString> encoded) {
    if (commands.isEmpty()) {
      throw new IllegalArgumentException(endpoint + ": no commands to send");
    }
    Buffer buffer = new Buffer();
    List<String> names = new ArrayList<>(commands.size());
    boolean idempotent = true;
    buffer.writeByte('[');
    for (int i = 0; i < commands.size(); i++) {
      if (i > 0) {
        buffer.writeByte(',');
      }
      buffer.write(encoded.get(i));
      names.add(commands.get(i).name());
      idempotent &= commands.get(i).idempotent();
    }
    buffer.writeByte(']');
    // An item's error reply fails its own response, not the request: items are counted as decoded.
    return new HttpCall(List.of(endpoint), buffer.readByteString(), JSON, names, idempotent, null);
  }

  /**
   * {@return the JSON array of one command, as it goes into a batch body}
   *
   * @throws IllegalArgumentException if the command needs a path-style raw body
   */
  public static ByteString encode(String endpoint, Command<?> command) {
    if (command.rawIndex() >= 0) {
      throw new IllegalArgumentException(command.name()
          + ": a byte[] value that is not valid UTF-8 cannot go in a " + endpoint
          + "; send it on its own");
    }
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writeCommand(writer, command);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer never fails
    }
    return buffer.readByteString();
  }

  /**
   * {@return the bytes of a batch body holding commands of the given encoded sizes: brackets and
   * commas included}
   */
  public static long batchSize(long encodedBytes, int count) {
    return encodedBytes + Math.max(0, count - 1) + 2;
  }

  private static void writeCommand(JsonWriter writer, Command<?> command) throws IOException {
    writer.beginArray();
    for (int i = 0; i < command.argCount(); i++) {
      writer.value(new String(command.arg(i), StandardCharsets.UTF_8));
    }
    writer.endArray();
  }

  /** {@return the command names joined for messages} */
  String label() {
    int n = commandNames.size();
    if (n == 1) {
      return commandNames.get(0);
    }
    // Long batches: the first few names and the count keep messages and log lines short.
    return n <= 5
        ? String.join(",", commandNames)
        : String.join(",", commandNames.subList(0, 5)) + ",… (" + n + " commands)";
  }

  /** {@return the body size in bytes} */
  public long size() {
    return body.size();
  }
}
