package io.github.restredis.internal.http;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.restredis.ReplyDecodeException;
import io.github.restredis.internal.command.DecodeFailure;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Reads response bodies: parses 2xx ones and quotes the start of any, token cut out, for messages.
 * Apart from the transport so that what a body says is decided in one place for both send paths.
 */
final class ReplyBodies {
  /** Enough bytes of a body to quote its first 200 characters in a message. */
  private static final int QUOTED_BYTES = 800;

  private final RequestFactory requests;
  private final boolean base64;

  ReplyBodies(RequestFactory requests, boolean base64) {
    this.requests = requests;
    this.base64 = base64;
  }

  /**
   * Parses a 2xx body by consuming it, which returns its segments to Okio's pool; reading a
   * {@code peek()} instead marks them shared, and shared segments are never pooled again, so each
   * request took a fresh 8 KiB segment. The start of the body is copied first, for messages.
   */
  <R> Transport.Received<R> parse(HttpCall call, Buffer body, Transport.BodyParser<R> parser) {
    ByteString head = start(body);
    long size = body.size();
    try {
      JsonReader reader = JsonReader.of(body);
      R value = parser.parse(reader, base64);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new DecodeFailure("unexpected data after the reply");
      }
      return new Transport.Received<>(value, head, size, this);
    } catch (DecodeFailure | JsonDataException | JsonEncodingException | EOFException e) {
      String label = call.label();
      throw new AttemptFailure(new ReplyDecodeException(
          label + ": cannot decode the reply (" + e.getMessage() + "); body: " + quote(head, size),
          label, e), false, 0);
    } catch (IOException e) {
      String label = call.label();
      throw new AttemptFailure(new ReplyDecodeException(
          label + ": cannot read the reply; body: " + quote(head, size), label, e), false, 0);
    } catch (RuntimeException e) {
      String label = call.label();
      throw new AttemptFailure(new ReplyDecodeException(label + ": cannot decode the reply ("
          + e.getClass().getSimpleName() + "); body: " + quote(head, size), label, e), false, 0);
    } finally {
      body.clear();
    }
  }

  /** {@return the error message of a body that is one error item, or null} */
  static @Nullable String errorOf(Buffer body) {
    try {
      JsonReader reader = JsonReader.of(body.peek());
      return ReplyReader.item(reader, false).error;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  String quote(Buffer body) {
    return quote(start(body), body.size());
  }

  /** {@return the quote of a body of {@code size} bytes that starts with {@code head}} */
  String quote(ByteString head, long size) {
    String text = head.utf8()
        .replace("\uFFFD", "");
    boolean cut = text.length() > 200 || size > head.size();
    if (text.length() > 200) {
      text = text.substring(0, 200);
    }
    return '"' + requests.redact(text) + (cut ? "…" : "") + '"';
  }

  /** {@return the quotable start of {@code body}, copied: a snapshot would share its segments} */
  private static ByteString start(Buffer body) {
    byte[] bytes = new byte[(int) Math.min(body.size(), QUOTED_BYTES)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = body.getByte(i);
    }
    return ByteString.of(bytes);
  }
}
