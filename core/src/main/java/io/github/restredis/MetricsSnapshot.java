package io.github.restredis;

import java.time.Duration;
import java.util.Map;

/**
 * The client's counters at one moment, since it was built; see {@link Redis#metrics()}.
 *
 * <p>What counts as a failure, by exception type: each request that fails, once, however many
 * commands it carried (with auto-pipelining, each caller in it gets the exception); a pipeline,
 * transaction or auto-pipelined reply without exactly one reply per command is such a failed
 * request, one {@link ReplyDecodeException} whatever the number of commands. In a pipeline,
 * a transaction or an auto-pipelined batch that succeeded, each command that fails on its own (an
 * error reply, a reply its decoder cannot read) counts once too, so failures can exceed requests.
 * Error replies to the caller's own commands always count: a {@code WRONGTYPE}, or a {@code
 * NOSCRIPT} to an {@code evalsha} call. One reply never counts: the {@code NOSCRIPT} that answers
 * a {@link Script}'s EVALSHA while the server does not have the script yet, which {@code Script}
 * answers itself by sending EVAL; both requests and both billed commands are counted, and a
 * failure of that EVAL is too. {@link RequestListener}s see each request's outcome as it was, the
 * handled {@code NOSCRIPT} included.
 *
 * @param requests HTTP requests that completed or failed, each counted once however often retried
 * @param commands commands Upstash billed: every command of every attempt that reached the server
 * @param retries attempts after the first, over all requests
 * @param failures failures by exception simple name (for example {@code TransportException});
 *     see above for what counts
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

  /** {@return the number of failures, all types together} */
  public long failureCount() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }
}
