package io.github.restredis.internal.http;

import io.github.restredis.UpstashException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One request sent through OkHttp's dispatcher: attempts are enqueued, never executed on a thread
 * of ours, and a retry waits on the transport's {@link Continuations}. The retry decision is the
 * synchronous path's: the same {@link AttemptFailure}s from the same {@link AttemptFailures}.
 */
final class AsyncSend<R> implements Callback {
  private final Transport transport;
  private final Continuations continuations;
  private final HttpCall call;
  private final Duration attemptTimeout;
  private final Duration deadline;
  private final long start = System.nanoTime();
  private final long deadlineNanos;
  private final Transport.BodyParser<R> parser;
  private final int maxAttempts;
  private final CompletableFuture<Transport.Received<R>> result = new CompletableFuture<>();
  // Written and read by one attempt at a time; each attempt starts after the previous one ended.
  private final Transport.Attempts attempts = new Transport.Attempts();
  private volatile @Nullable WriteMark mark;
  private volatile boolean deadlineBound;
  private volatile int attempt;

  AsyncSend(Transport transport, Continuations continuations, HttpCall call,
      Duration attemptTimeout, Duration deadline, Transport.BodyParser<R> parser, int maxAttempts) {
    this.transport = transport;
    this.continuations = continuations;
    this.call = call;
    this.attemptTimeout = attemptTimeout;
    this.deadline = deadline;
    this.deadlineNanos = start + deadline.toNanos();
    this.parser = parser;
    this.maxAttempts = maxAttempts;
  }

  CompletableFuture<Transport.Received<R>> start() {
    next();
    return result;
  }

  private void next() {
    if (transport.isClosed()) {
      transport.finish(call, attempts, System.nanoTime() - start, null);
      continuations.complete(() -> result.completeExceptionally(
          new IllegalStateException("client is closed")));
      return;
    }
    int n = attempts.count++;
    attempt = n;
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      fail(transport.deadlinePassed(call, deadline, n).failure);
      return;
    }
    deadlineBound = remaining < attemptTimeout.toNanos();
    WriteMark m = new WriteMark();
    mark = m;
    attempts.status = 0;
    attempts.bytesReceived = 0;
    Call okCall;
    try {
      okCall = transport.newCall(call, n, m, Math.min(remaining, attemptTimeout.toNanos()));
    } catch (RuntimeException e) {
      // A token supplier that fails, for instance: nothing was sent.
      transport.finish(call, attempts, System.nanoTime() - start, null);
      result.completeExceptionally(e);
      return;
    }
    okCall.enqueue(this);
  }

  @Override
  public void onFailure(Call okCall, IOException e) {
    WriteMark m = mark;
    boolean sent = m != null && m.started;
    retryOrFail(transport.ioFailure(call, attempts, e, sent, false, deadlineBound, attemptTimeout,
        deadline, attempt, deadlineNanos));
  }

  @Override
  public void onResponse(Call okCall, Response response) {
    Transport.Received<R> received;
    try (response) {
      attempts.bytesSent += call.size();
      received = transport.received(call, attempts, response, parser, attempt, deadlineNanos);
    } catch (AttemptFailure f) {
      retryOrFail(f);
      return;
    } catch (IOException e) {
      retryOrFail(transport.ioFailure(call, attempts, e, true, true, deadlineBound,
          attemptTimeout, deadline, attempt, deadlineNanos));
      return;
    } catch (RuntimeException e) {
      transport.finish(call, attempts, System.nanoTime() - start, null);
      continuations.complete(() -> result.completeExceptionally(e));
      return;
    }
    transport.finish(call, attempts, System.nanoTime() - start, null);
    continuations.complete(() -> result.complete(received));
  }

  private void retryOrFail(AttemptFailure f) {
    if (f.retryable && attempts.count < maxAttempts) {
      continuations.schedule(this::next, f.waitMillis, TimeUnit.MILLISECONDS);
      return;
    }
    fail(f.failure);
  }

  private void fail(UpstashException failure) {
    transport.finish(call, attempts, System.nanoTime() - start, failure);
    continuations.complete(() -> result.completeExceptionally(failure));
  }
}
