package io.github.restredis.internal.pubsub;

import java.io.IOException;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads the data of server-sent events: {@code data:} lines up to a blank line, joined with line
 * feeds as the SSE format says (so a payload holding a line feed comes back whole); comments
 * ({@code : ping}) and other fields are skipped. A line ends at LF; a CR before it is dropped.
 */
final class SseReader {
  private final BufferedSource source;
  private final long maxLineBytes;

  SseReader(BufferedSource source, long maxLineBytes) {
    this.source = source;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * {@return the data of the next event, or null when the stream ended}
   * An event cut off by the end of the stream is dropped.
   *
   * @throws IOException if reading fails or a line is longer than the limit
   */
  @Nullable String next() throws IOException {
    StringBuilder data = null;
    while (true) {
      long newline = source.indexOf((byte) '\n', 0, maxLineBytes);
      if (newline < 0) {
        if (source.getBuffer().size() >= maxLineBytes) {
          throw new IOException("an event stream line is longer than " + maxLineBytes + " bytes");
        }
        return null; // the stream ended, perhaps in the middle of a line
      }
      String line = source.readUtf8(newline);
      source.skip(1);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        if (data != null) {
          return data.toString();
        }
        continue;
      }
      if (line.startsWith("data:")) {
        String value = line.startsWith("data: ") ? line.substring(6) : line.substring(5);
        if (data == null) {
          data = new StringBuilder(value);
        } else {
          data.append('\n').append(value);
        }
      }
      // Comments (":"), "event:", "id:" and "retry:" carry nothing the API uses.
    }
  }
}
