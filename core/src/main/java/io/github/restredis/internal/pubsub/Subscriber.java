package io.github.restredis.internal.pubsub;

import com.squareup.moshi.JsonReader;
import io.github.restredis.AuthenticationException;
import io.github.restredis.HttpStatusException;
import io.github.restredis.RequestTimeoutException;
import io.github.restredis.RetryPolicy;
import io.github.restredis.TransportException;
import io.github.restredis.UpstashException;
import io.github.restredis.internal.http.ErrorReplies;
import io.github.restredis.internal.http.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one subscription: an event stream per channel or pattern, each on a thread of its own,
 * reconnecting after a drop with the client's backoff until closed. Callbacks are serialized, so a
 * listener need not be thread-safe, and none runs after {@link #close()} returns (unless close is
 * called from a callback, which then is the last one).
 */
public final class Subscriber implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis");
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Upstash limits a request to 10 MiB, so no published message is longer. */
  static final long MAX_LINE_BYTES = 16L * 1024 * 1024;

  /** What the subscription reports; called with the callback lock held. */
  public interface Events {
    /** A message; {@code pattern} is null for a channel subscription. */
    void message(@Nullable String pattern, String channel, String message);

    /** The server confirmed the subscription to {@code name}, first or after a reconnect. */
    void subscribed(String name);

    /** The stream of {@code name} dropped; it reconnects after {@code delay}. */
    void disconnected(String name, UpstashException cause, Duration delay);

    /** The subscription ended: closed by the caller (null) or by a failure that retrying cannot fix. */
    void closed(@Nullable UpstashException cause);
  }

  private final Transport transport;
  private final String kind;
  private final Events events;
  private final RetryPolicy backoff;
  private final List<Stream> streams = new ArrayList<>();
  private final Object callbackLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final CountDownLatch confirmed;
  private volatile @Nullable UpstashException failure;

  private final class Stream {
    final String name;
    final Thread thread;
    volatile @Nullable Call call;
    boolean confirmedOnce;

    Stream(String name) {
      this.name = name;
      this.thread = new Thread(() -> run(this), "restredis-subscription-" + THREADS.incrementAndGet());
      this.thread.setDaemon(true);
    }
  }

  private Subscriber(Transport transport, boolean pattern, List<String> names, Events events,
      RetryPolicy backoff) {
    this.transport = transport;
    this.kind = pattern ? "psubscribe" : "subscribe";
    this.events = events;
    this.backoff = backoff;
    this.confirmed = new CountDownLatch(names.size());
    for (String name : names) {
      streams.add(new Stream(name));
    }
  }

  /**
   * Opens a stream per name and waits until the server has confirmed every one.
   *
   * @param deadline how long to wait for the confirmations, transient failures retried meanwhile
   * @throws UpstashException if a stream fails for good (401, a Redis error), the deadline passes,
   *     or the caller is interrupted; everything opened is closed again
   * @throws IllegalStateException if the client is closed
   */
  public static Subscriber start(Transport transport, boolean pattern, List<String> names,
      Events events, RetryPolicy backoff, Duration deadline) {
    Subscriber s = new Subscriber(transport, pattern, names, events, backoff);
    transport.track(s);
    if (!s.isOpen()) {
      throw new IllegalStateException("client is closed");
    }
    for (Stream stream : s.streams) {
      stream.thread.start();
    }
    String label = s.label();
    try {
      if (!s.confirmed.await(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
        s.closeWith(new RequestTimeoutException(label + ": not confirmed within the deadline of "
            + deadline.toMillis() + " ms", label, true, null));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      s.closeWith(new TransportException(label + ": interrupted while subscribing", label, true, e));
    }
    UpstashException f = s.failure;
    if (f != null) {
      throw f;
    }
    return s;
  }

  private String label() {
    return kind.toUpperCase(Locale.ROOT);
  }

  /** {@return whether the subscription is still running} */
  public boolean isOpen() {
    return !closed.get();
  }

  /** Ends every stream; the server then drops the subscriptions. Idempotent. */
  @Override
  public void close() {
    closeWith(null);
  }

  private void closeWith(@Nullable UpstashException cause) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    failure = cause;
    closedLatch.countDown();
    for (Stream stream : streams) {
      Call call = stream.call;
      if (call != null) {
        call.cancel();
      }
    }
    transport.untrack(this);
    boolean fromStream = false;
    for (Stream stream : streams) {
      fromStream |= stream.thread == Thread.currentThread();
    }
    if (!fromStream) {
      // A callback may be running; none starts after this, and none runs once close returns.
      for (Stream stream : streams) {
        try {
          stream.thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    synchronized (callbackLock) {
      try {
        events.closed(cause);
      } catch (RuntimeException e) {
        log.warn("subscription listener failed in onClosed", e);
      }
    }
    // Last, so that start() throws only after the listener has heard of the failure.
    while (confirmed.getCount() > 0) {
      confirmed.countDown();
    }
  }

  private void run(Stream stream) {
    int failures = 0;
    while (!closed.get()) {
      UpstashException cause;
      Call call;
      try {
        call = transport.newEventStreamCall(kind, stream.name);
      } catch (IllegalStateException e) {
        closeWith(new TransportException(label() + ": the client is closed", label(), false, e));
        return;
      }
      stream.call = call;
      if (closed.get()) {
        call.cancel();
        return;
      }
      try (Response response = call.execute()) {
        if (response.code() == 200) {
          SseReader reader = new SseReader(response.body().source(), MAX_LINE_BYTES);
          String data;
          while ((data = reader.next()) != null) {
            if (handle(stream, data)) {
              failures = 0;
            }
          }
          cause = new TransportException(label() + ": the server ended the event stream", label(),
              true, null);
        } else {
          cause = statusFailure(response);
          if (!(response.code() == 429 || response.code() >= 500)) {
            closeWith(cause);
            return;
          }
        }
      } catch (IOException e) {
        if (closed.get()) {
          return;
        }
        cause = new TransportException(label() + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + transport.redact(e.getMessage())), label(), true, e);
      }
      if (closed.get()) {
        return;
      }
      Duration delay = delay(++failures);
      UpstashException dropped = cause;
      deliver(() -> events.disconnected(stream.name, dropped, delay));
      try {
        if (closedLatch.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Handles one event; {@return true if it confirmed the subscription} */
  private boolean handle(Stream stream, String data) {
    int comma = data.indexOf(',');
    String type = comma < 0 ? data : data.substring(0, comma);
    String rest = comma < 0 ? "" : data.substring(comma + 1);
    switch (type) {
      case "subscribe":
      case "psubscribe":
        // The listener hears of it before subscribe() can return.
        deliver(() -> events.subscribed(stream.name));
        if (!stream.confirmedOnce) {
          stream.confirmedOnce = true;
          confirmed.countDown();
        }
        return true;
      case "message": {
        // The stream carries one channel, so its name settles where the payload starts even when
        // the channel holds a comma.
        String channel = rest.startsWith(stream.name + ",") ? stream.name : before(rest);
        String message = rest.substring(Math.min(rest.length(), channel.length() + 1));
        deliver(() -> events.message(null, channel, message));
        return false;
      }
      case "pmessage": {
        String pattern = rest.startsWith(stream.name + ",") ? stream.name : before(rest);
        String tail = rest.substring(Math.min(rest.length(), pattern.length() + 1));
        // A channel holding a comma cannot be told from the payload here; Redis sends it as is.
        String channel = before(tail);
        String message = tail.substring(Math.min(tail.length(), channel.length() + 1));
        deliver(() -> events.message(pattern, channel, message));
        return false;
      }
      default:
        log.debug("{}: ignoring an event of type {}", label(), type);
        return false;
    }
  }

  private static String before(String s) {
    int comma = s.indexOf(',');
    return comma < 0 ? s : s.substring(0, comma);
  }

  private void deliver(Runnable callback) {
    synchronized (callbackLock) {
      if (closed.get()) {
        return;
      }
      try {
        callback.run();
      } catch (RuntimeException e) {
        log.warn("subscription listener failed", e);
      }
    }
  }

  private UpstashException statusFailure(Response response) {
    String label = label();
    int status = response.code();
    String error = null;
    try {
      ResponseBody body = response.body();
      Buffer buffer = new Buffer();
      body.source().read(buffer, 8192);
      JsonReader reader = JsonReader.of(buffer);
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("error")) {
          error = reader.nextString();
        } else {
          reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a JSON error body: the status says enough.
    }
    if (status == 401) {
      return new AuthenticationException(label + ": the server refused the token (HTTP 401)", label);
    }
    if (status == 400 && error != null) {
      return ErrorReplies.of(label, transport.redact(error));
    }
    return new HttpStatusException(status, label + ": HTTP " + status
        + (error == null ? "" : ": " + transport.redact(error)), label);
  }

  /** The client's retry backoff, without its retry limit: reconnecting goes on until closed. */
  private Duration delay(int failures) {
    double millis = backoff.initialBackoff().toMillis()
        * Math.pow(backoff.multiplier(), Math.min(failures - 1, 30));
    millis = Math.min(millis, backoff.maxBackoff().toMillis());
    double jitter = backoff.jitter();
    if (jitter > 0) {
      millis *= 1 - jitter + ThreadLocalRandom.current().nextDouble() * 2 * jitter;
    }
    return Duration.ofMillis(Math.max(0, Math.round(millis)));
  }
}
