package io.github.restredis.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.ByteString;

/**
 * A request body OkHttp may send only once. Without this, OkHttp re-sends a request by itself on a
 * 503 with {@code Retry-After: 0}, a 408, a 421 or a redirect, even with {@code
 * retryOnConnectionFailure} off; our retry rule must be the only one that decides what goes twice.
 * Each of our attempts builds a new body from the same bytes.
 */
final class OneShotBody extends RequestBody {
  private final ByteString bytes;
  private final MediaType mediaType;

  OneShotBody(ByteString bytes, MediaType mediaType) {
    this.bytes = bytes;
    this.mediaType = mediaType;
  }

  @Override
  public MediaType contentType() {
    return mediaType;
  }

  @Override
  public long contentLength() {
    return bytes.size();
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }
}
