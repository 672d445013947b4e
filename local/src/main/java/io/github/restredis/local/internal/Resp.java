package io.github.restredis.local.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The RESP2 reply shapes that a plain Java type cannot tell apart.
 *
 * <p>A decoded reply is one of: {@code byte[]} (bulk string), {@link SimpleString}, {@link Long}
 * (integer), {@link Error}, {@code List<Object>} (array, elements of the same kinds) or {@code null}
 * (nil bulk string or nil array). Simple and bulk strings stay distinct because the base64 encoding
 * leaves the simple string {@code OK} alone but encodes a bulk string {@code "OK"}.
 */
final class Resp {
  private Resp() {}

  /** A RESP2 simple-string reply such as {@code +OK} or {@code +PONG}. */
  record SimpleString(byte[] bytes) {
    static final SimpleString OK = new SimpleString("OK".getBytes(StandardCharsets.US_ASCII));

    boolean isOk() {
      return Arrays.equals(bytes, OK.bytes);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** A RESP2 error reply; the message is the text after {@code -}, unchanged. */
  record Error(String message) {}
}
