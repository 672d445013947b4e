package io.github.restredis.internal.http;

import io.github.restredis.MetricsSnapshot;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free counters behind {@link MetricsSnapshot}. */
public final class MetricsRecorder {
  private final LongAdder requests = new LongAdder();
  private final LongAdder commands = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder bytesReceived = new LongAdder();
  private final LongAdder latencyNanos = new LongAdder();
  private final LongAccumulator maxLatencyNanos = new LongAccumulator(Math::max, 0);

  void attempt(long sent, long received, int billedCommands) {
    bytesSent.add(sent);
    bytesReceived.add(received);
    commands.add(billedCommands);
  }

  void request(long nanos, int retryCount, @org.jspecify.annotations.Nullable Exception failure) {
    requests.increment();
    retries.add(retryCount);
    latencyNanos.add(nanos);
    maxLatencyNanos.accumulate(nanos);
    if (failure != null) {
      failure(failure);
    }
  }

  /** Counts a failure that is not a request's: a command's own, inside a request that succeeded. */
  void failure(Exception failure) {
    failures.computeIfAbsent(failure.getClass().getSimpleName(), k -> new LongAdder()).increment();
  }

  /** {@return the counters now} */
  public MetricsSnapshot snapshot() {
    Map<String, Long> failureCounts = new HashMap<>();
    failures.forEach((type, count) -> failureCounts.put(type, count.sum()));
    return new MetricsSnapshot(
        requests.sum(),
        commands.sum(),
        retries.sum(),
        failureCounts,
        bytesSent.sum(),
        bytesReceived.sum(),
        Duration.ofNanos(latencyNanos.sum()),
        Duration.ofNanos(maxLatencyNanos.get()));
  }
}
