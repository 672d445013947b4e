package io.github.restredis.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * CPU time per command of the calling thread, with {@code ThreadMXBean.getCurrentThreadCpuTime}
 * (user and system time of this thread only, so the server's threads in the same JVM do not
 * count) around batches of calls. A blocking OkHttp call writes, waits and reads on the calling
 * thread, so this is the whole client-side cost of a command. The thread's allocated bytes are
 * taken too, as a check on JMH's {@code gc.alloc.rate.norm}. Client and baseline batches
 * alternate, and the median batch is reported.
 */
final class CpuPerCommand {
  /** Medians per command: CPU nanoseconds and bytes allocated by the calling thread. */
  record Cost(double cpuNanos, double allocatedBytes) {}

  /** A command to measure. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private CpuPerCommand() {}

  /** {@return the median costs of {@code a} and {@code b}, measured in alternating batches} */
  static Cost[] measure(Call a, Call b, int warmup, int batches, int batchSize) throws Exception {
    if (!THREADS.isCurrentThreadCpuTimeSupported() || !THREADS.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time or allocation");
    }
    THREADS.setThreadCpuTimeEnabled(true);
    THREADS.setThreadAllocatedMemoryEnabled(true);
    for (int i = 0; i < warmup; i++) {
      a.run();
      b.run();
    }
    double[][] cpu = new double[2][batches];
    double[][] alloc = new double[2][batches];
    Call[] calls = {a, b};
    for (int batch = 0; batch < batches; batch++) {
      for (int k = 0; k < 2; k++) {
        int which = (k + batch) % 2; // alternate which goes first
        Call call = calls[which];
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < batchSize; i++) {
          call.run();
        }
        long alloc1 = THREADS.getCurrentThreadAllocatedBytes();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        cpu[which][batch] = (cpu1 - cpu0) / (double) batchSize;
        alloc[which][batch] = (alloc1 - alloc0) / (double) batchSize;
      }
    }
    return new Cost[] {
        new Cost(median(cpu[0]), median(alloc[0])), new Cost(median(cpu[1]), median(alloc[1]))};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
