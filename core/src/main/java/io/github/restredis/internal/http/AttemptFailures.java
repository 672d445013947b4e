package io.github.restredis.internal.http;

import io.github.resilience4j.core.IntervalFunction;
import io.github.restredis.AuthenticationException;
import io.github.restredis.HttpStatusException;
import io.github.restredis.RequestTimeoutException;
import io.github.restredis.RetryPolicy;
import io.github.restredis.TransportException;
import io.github.restredis.UpstashException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okio.Buffer;

/**
 * Turns what went wrong in one attempt into the exception its caller sees and the retry decision.
 * One place, so the blocking and the async send paths can never disagree on what is safe to retry.
 */
final class AttemptFailures {
  private final RetryPolicy policy;
  private final IntervalFunction backoff;
  private final RequestFactory requests;
  private final ReplyBodies bodies;

  AttemptFailures(RetryPolicy policy, RequestFactory requests, ReplyBodies bodies) {
    this.policy = policy;
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(
        policy.initialBackoff().toMillis(), policy.multiplier(), policy.jitter(),
        policy.maxBackoff().toMillis());
    this.requests = requests;
    this.bodies = bodies;
  }

  AttemptFailure deadlinePassed(HttpCall call, Duration deadline, int n) {
    return new AttemptFailure(new RequestTimeoutException(
        call.label() + ": deadline of " + deadline.toMillis() + " ms passed after " + n
            + " attempt(s)", call.label(), n > 0, null), false, 0);
  }

  /** The caller was interrupted: reported as such and never retried. */
  AttemptFailure interrupted(HttpCall call, boolean sent, IOException e) {
    return new AttemptFailure(new TransportException(call.label() + ": interrupted "
        + (sent ? "after the request was sent" : "before the request was sent"),
        call.label(), sent, e), false, 0);
  }

  /** Maps an attempt's I/O failure to the exception callers see and the retry decision. */
  AttemptFailure io(HttpCall call, IOException e, boolean sent, boolean deadlineBound,
      Duration attemptTimeout, Duration deadline, int n, long deadlineNanos) {
    UpstashException failure;
    if (e instanceof InterruptedIOException) {
      String limit = deadlineBound
          ? "deadline of " + deadline.toMillis() + " ms"
          : "attempt timeout of " + attemptTimeout.toMillis() + " ms";
      failure = new RequestTimeoutException(call.label() + ": " + limit + " reached "
          + (sent ? "after the request was sent" : "before the request was sent"),
          call.label(), sent, e);
    } else {
      failure = new TransportException(call.label() + ": " + e.getClass().getSimpleName()
          + (sent ? " after the request was sent" : " before the request was sent")
          + (e.getMessage() == null ? "" : ": " + requests.redact(e.getMessage())),
          call.label(), sent, e);
    }
    boolean safe = !sent || call.idempotent || policy.retryNonIdempotent();
    boolean deadlineHit = e instanceof InterruptedIOException && deadlineBound;
    return retryable(failure, safe && !deadlineHit, n, deadlineNanos);
  }

  /** Maps a response that is not 2xx to the exception callers see and the retry decision. */
  AttemptFailure status(HttpCall call, int status, Buffer body, int n, long deadlineNanos) {
    // Joining command names costs on every request of a busy batch; only messages need it.
    String label = call.label();
    if (status == 401) {
      return new AttemptFailure(new AuthenticationException(
          label + ": the server refused the token (HTTP 401): " + bodies.quote(body), label),
          false, 0);
    }
    if (status == 429 || status >= 500) {
      HttpStatusException e = new HttpStatusException(status,
          label + ": HTTP " + status + ": " + bodies.quote(body), label);
      boolean safe = call.idempotent || policy.retryNonIdempotent();
      return retryable(e, safe, n, deadlineNanos);
    }
    if (status == 400) {
      String error = ReplyBodies.errorOf(body);
      if (error != null) {
        return new AttemptFailure(ErrorReplies.of(label, requests.redact(error)), false, 0);
      }
    }
    return new AttemptFailure(new HttpStatusException(status,
        label + ": HTTP " + status + ": " + bodies.quote(body), label), false, 0);
  }

  private AttemptFailure retryable(UpstashException e, boolean safe, int n, long deadlineNanos) {
    if (!safe) {
      return new AttemptFailure(e, false, 0);
    }
    long wait = backoff.apply(n + 1);
    long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    // A retry that could not start before the deadline would only hide the real failure.
    return new AttemptFailure(e, wait < remainingMillis, wait);
  }
}
