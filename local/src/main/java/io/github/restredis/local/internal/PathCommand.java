package io.github.restredis.local.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a path-style request ({@code /set/k/v?EX=100}, PROTOCOL.md) as a command.
 *
 * <p>Arguments are the path segments, then the query parameters, then (for POST and PUT) a
 * non-empty body, in that order. Everything is percent-decoded to raw bytes, never through a
 * charset, so {@code %00}..{@code %FF} arrive exactly. Decided here, where Upstash documents
 * nothing:
 *
 * <ul>
 *   <li>{@code +} is a plus in the path but a space in the query (form encoding, as browsers and
 *       {@code URLSearchParams} produce it); {@code %2B} is a plus everywhere.
 *   <li>A parameter adds its name, then its value if the value is non-empty: {@code ?NX} and
 *       {@code ?NX=} both add {@code NX}. An empty argument can still be sent as an empty segment
 *       ({@code /set//v}). {@code _token} is authentication and never an argument.
 *   <li>One trailing slash adds nothing ({@code /get/k/} is {@code GET k}).
 * </ul>
 */
final class PathCommand {
  private static final String TOKEN_PARAMETER = "_token";

  private PathCommand() {}

  /** The command a path-style request names; {@code body} is appended when non-empty. */
  static List<byte[]> command(String rawPath, @Nullable String rawQuery, byte[] body)
      throws BadRequestException {
    List<byte[]> command = segments(rawPath);
    command.addAll(queryArguments(rawQuery));
    if (body.length > 0) {
      command.add(body);
    }
    return command;
  }

  /** The decoded path segments: {@code /a/b%2Fc/} gives {@code a}, {@code b/c}. */
  static List<byte[]> segments(String rawPath) throws BadRequestException {
    String[] parts = rawPath.split("/", -1);
    // parts[0] is the empty text before the leading slash.
    int end = parts.length;
    if (end > 2 && parts[end - 1].isEmpty()) {
      end--;
    }
    List<byte[]> segments = new ArrayList<>(end + 4);
    for (int i = 1; i < end; i++) {
      segments.add(decode(parts[i], false));
    }
    return segments;
  }

  /** The query parameters as arguments, without {@code _token}. */
  static List<byte[]> queryArguments(@Nullable String rawQuery) throws BadRequestException {
    List<byte[]> arguments = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return arguments;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      byte[] name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
      if (new String(name, StandardCharsets.ISO_8859_1).equals(TOKEN_PARAMETER)) {
        continue;
      }
      arguments.add(name);
      if (equals >= 0 && equals < pair.length() - 1) {
        arguments.add(decode(pair.substring(equals + 1), true));
      }
    }
    return arguments;
  }

  /**
   * Percent-decodes to bytes. Characters outside {@code %XX} are taken as the bytes they came from:
   * the JDK server reads the request line as ISO-8859-1, so one char is one byte of the wire.
   */
  static byte[] decode(String raw, boolean plusIsSpace) throws BadRequestException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
        int low = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          throw new BadRequestException(
              "ERR malformed percent-encoding in the URL: '%' must be followed by two hex digits");
        }
        out.write(high << 4 | low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        out.write(' ');
      } else if (c < 0x100) {
        out.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
      }
    }
    return out.toByteArray();
  }

  /** ASCII hex only: {@link Character#digit} would also accept other scripts' digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
