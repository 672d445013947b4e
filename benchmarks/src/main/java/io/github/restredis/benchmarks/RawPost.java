package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;

/**
 * The baseline of the per-command cost: the very request our client sends for a command (URL,
 * headers, body bytes), captured once from the client itself, then POSTed again and again through
 * a default OkHttp client of the same version. The response is read to the end, so the connection
 * is reused, but not parsed: what is left is the HTTP cost any client pays.
 */
final class RawPost implements Closeable {
  private final OkHttpClient http = new OkHttpClient();
  private final Request request;
  private final long expectedLength;

  private RawPost(Request request, long expectedLength) {
    this.request = request;
    this.expectedLength = expectedLength;
  }

  /**
   * {@return a baseline sending what {@code builder}'s client sends for {@code command}, whose
   * response body must have {@code expectedLength} bytes}
   */
  static RawPost capture(Redis.Builder builder, Consumer<Redis> command, long expectedLength) {
    AtomicReference<Request> seen = new AtomicReference<>();
    OkHttpClient capturing = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.compareAndSet(null, chain.request());
          return chain.proceed(chain.request());
        })
        .build();
    try (Redis redis = builder.okHttpClient(capturing).build()) {
      command.accept(redis);
    } finally {
      capturing.dispatcher().executorService().shutdown();
      capturing.connectionPool().evictAll();
    }
    Request sent = seen.get();
    BenchTarget.check(sent != null && sent.body() != null, "the client sent no request");
    Buffer body = new Buffer();
    try {
      sent.body().writeTo(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Request copy = new Request.Builder()
        .url(sent.url())
        .headers(sent.headers())
        .post(RequestBody.create(body.readByteString(), sent.body().contentType()))
        .build();
    return new RawPost(copy, expectedLength);
  }

  /** {@return the request sent each time, for the record} */
  Request request() {
    return request;
  }

  /** Sends the request once; a status other than 200 or a body of another length fails. */
  void call() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      BenchTarget.check(response.code() == 200, "HTTP " + response.code());
      ResponseBody body = response.body();
      long n = body == null ? -1 : body.source().readAll(Okio.blackhole());
      BenchTarget.check(n == expectedLength, n + " bytes, expected " + expectedLength);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
