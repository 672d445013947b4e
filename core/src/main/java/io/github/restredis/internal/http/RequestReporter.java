package io.github.restredis.internal.http;

import io.github.restredis.RequestEvent;
import io.github.restredis.RequestListener;
import io.github.restredis.UpstashException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each finished request, retries included, to the metrics, the debug log and the
 * listeners: once per request on both send paths, and a failing listener never fails the request.
 */
final class RequestReporter {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis");

  private final MetricsRecorder metrics;
  private final List<RequestListener> listeners;

  RequestReporter(MetricsRecorder metrics, List<RequestListener> listeners) {
    this.metrics = metrics;
    this.listeners = listeners;
  }

  void finish(HttpCall call, Transport.Attempts attempts, long nanos,
      @Nullable UpstashException failure) {
    int retries = Math.max(0, attempts.count - 1);
    // A reply the library answers itself (Script's NOSCRIPT, then EVAL) is no failure to alert on;
    // the request and its billed command still count. Listeners still see it as it was.
    metrics.request(nanos, retries,
        failure != null && ErrorReplies.handled(call.handledError, failure) ? null : failure);
    if (attempts.bytesSent > 0) {
      metrics.attempt(attempts.bytesSent, 0, 0);
    }
    if (log.isDebugEnabled()) {
      // Only the first path segment: the endpoint or a command name, never an argument value.
      log.debug("POST /{} [{}] {} command(s): status {}, {} ms, {} retries{}",
          call.pathSegments.isEmpty() ? "" : call.pathSegments.get(0),
          call.label(), call.commandNames.size(), attempts.status,
          TimeUnit.NANOSECONDS.toMillis(nanos), retries,
          failure == null ? "" : ", failed: " + failure.getClass().getSimpleName());
    }
    if (!listeners.isEmpty()) {
      RequestEvent event = new RequestEvent(call.commandNames, attempts.status,
          Duration.ofNanos(nanos), retries, attempts.bytesSent, attempts.bytesReceived, failure);
      for (RequestListener listener : listeners) {
        try {
          listener.onRequest(event);
        } catch (RuntimeException e) {
          log.warn("request listener {} failed", listener.getClass().getName(), e);
        }
      }
    }
  }
}
