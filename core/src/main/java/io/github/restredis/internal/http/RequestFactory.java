package io.github.restredis.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Builds each attempt's HTTP request (URL, token, encoding, sync token, telemetry) and keeps the
 * newest read-your-writes sync token. Also the one place that knows the token, so it redacts it.
 */
final class RequestFactory {
  static final String SYNC_TOKEN_HEADER = "upstash-sync-token";
  private static final MediaType JSON = MediaType.get("application/json");

  private final Settings settings;
  private final AtomicReference<@Nullable String> syncToken = new AtomicReference<>();
  private final String sdk;
  private final String runtime;
  private final String platform;

  RequestFactory(Settings settings) {
    this.settings = settings;
    this.sdk = Telemetry.sdk();
    this.runtime = Telemetry.runtime();
    this.platform = Telemetry.platform(settings.env());
  }

  @Nullable String syncToken() {
    return syncToken.get();
  }

  /** Keeps the response's sync token, so the very next request sends it (not one behind). */
  void received(Response response) {
    String token = response.header(SYNC_TOKEN_HEADER);
    if (token != null && !token.isEmpty()) {
      syncToken.set(token);
    }
  }

  Request request(HttpCall call, int attempt, WriteMark mark) {
    HttpUrl url = settings.url();
    if (!call.pathSegments.isEmpty()) {
      HttpUrl.Builder b = url.newBuilder();
      for (String segment : call.pathSegments) {
        b.addEncodedPathSegment(encodeSegment(segment));
      }
      url = b.build();
    }
    Request.Builder b = new Request.Builder()
        .url(url)
        .tag(WriteMark.class, mark)
        .header("Authorization", "Bearer " + token())
        .post(new OneShotBody(call.body, call.mediaType));
    if (settings.base64()) {
      b.header("Upstash-Encoding", "base64");
    }
    String sync = syncToken.get();
    if (settings.readYourWrites() && sync != null) {
      b.header(SYNC_TOKEN_HEADER, sync);
    }
    if (settings.telemetry()) {
      b.header(Telemetry.SDK_HEADER, sdk)
          .header(Telemetry.RUNTIME_HEADER, runtime)
          .header(Telemetry.PLATFORM_HEADER, platform);
      if (attempt > 0) {
        b.header(Telemetry.RETRY_HEADER, Integer.toString(attempt));
      }
    }
    return b.build();
  }

  /**
   * {@return the request that opens an event stream: {@code POST /<kind>/<name>} with an empty
   * command array as the official SDK sends it, without base64 (payloads are always raw)}
   */
  Request eventStream(String kind, String name) {
    HttpUrl url = settings.url().newBuilder()
        .addEncodedPathSegment(encodeSegment(kind)).addEncodedPathSegment(encodeSegment(name)).build();
    Request.Builder b = new Request.Builder()
        .url(url)
        .header("Authorization", "Bearer " + token())
        .header("Accept", "text/event-stream")
        .header("Cache-Control", "no-cache")
        .post(RequestBody.create("[]", JSON));
    if (settings.telemetry()) {
      b.header(Telemetry.SDK_HEADER, sdk)
          .header(Telemetry.RUNTIME_HEADER, runtime)
          .header(Telemetry.PLATFORM_HEADER, platform);
    }
    return b.build();
  }

  private String token() {
    String token = settings.token().get();
    if (token == null || token.isEmpty()) {
      throw new IllegalStateException("the token supplier returned no token");
    }
    if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
      throw new IllegalStateException("the token supplier returned a token containing CR or LF");
    }
    return token;
  }

  /** {@return {@code text} with the token replaced, for server text that goes into messages} */
  String redact(String text) {
    String token;
    try {
      token = settings.token().get();
    } catch (RuntimeException e) {
      return text;
    }
    return token == null || token.length() < 4 ? text : text.replace(token, "<token>");
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * {@return {@code segment} percent-encoded so that only RFC 3986's segment characters remain:
   * unreserved, sub-delims, {@code :} and {@code @}}
   * OkHttp's own segment encoding leaves {@code [} and {@code ]} as they are, which servers that
   * parse URLs strictly refuse (the JDK's HTTP server answers 400); every server decodes escapes.
   */
  static String encodeSegment(String segment) {
    byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
