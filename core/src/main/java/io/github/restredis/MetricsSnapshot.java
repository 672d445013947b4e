package io.github.restredis;

import java.time.Duration;
import java.util.Map;

/**
 * The client's counters at one moment, since it was built; see {@link Redis#metrics()}.
 *
 * @param requests HTTP requests that completed or failed, each counted once however often retried
 * @param commands commands Upstash billed: every command of every attempt that reached the server
 * @param retries attempts after the first, over all requests
 * @param failures requests that failed, by exception simple name (for example {@code TransportException})
 * @param bytesSent request body bytes sent, retries included
 * @param bytesReceived response body bytes received
 * @param totalLatency the sum of request latencies, retries and backoff included
 * @param maxLatency the longest request latency
 */
public record MetricsSnapshot(
    long requests,
    long commands,
    long retries,
    Map<String, Long> failures,
    long bytesSent,
    long bytesReceived,
    Duration totalLatency,
    Duration maxLatency) {

  /**
   * Copies the failure map.
   *
   * @param requests HTTP requests
   * @param commands billed commands
   * @param retries retries
   * @param failures failures by type
   * @param bytesSent bytes sent
   * @param bytesReceived bytes received
   * @param totalLatency the sum of latencies
   * @param maxLatency the longest latency
   */
  public MetricsSnapshot {
    failures = Map.copyOf(failures);
  }

  /** {@return the number of failed requests, all types together} */
  public long failureCount() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }
}
