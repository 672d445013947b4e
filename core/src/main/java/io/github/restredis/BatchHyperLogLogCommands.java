// Generated from HyperLogLogCommands.java by SurfaceGenerator (core tests): do not edit.
// Change HyperLogLogCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.HyperLogLogs;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link HyperLogLogCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchHyperLogLogCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Adds elements to a HyperLogLog, creating it if needed (PFADD).
   *
   * @param key the key
   * @param elements the elements; none only creates an empty HyperLogLog
   * @return a response that holds, after exec, true if the estimate changed (or the key was created)
   */
  default Response<Boolean> pfadd(String key, String... elements) {
    return run(HyperLogLogs.pfadd(key, Arrays.asList(elements)));
  }

  /**
   * Estimates the number of distinct elements (PFCOUNT); with several keys, of their union.
   *
   * @param keys the keys, at least one; missing keys count as empty
   * @return a response that holds, after exec, the estimated count
   */
  default Response<Long> pfcount(String... keys) {
    return run(HyperLogLogs.pfcount(Arrays.asList(keys)));
  }

  /**
   * Merges HyperLogLogs into {@code destination}, which keeps its own elements too (PFMERGE).
   *
   * @param destination the key to write
   * @param sources the keys to merge in; none only creates an empty destination
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> pfmerge(String destination, String... sources) {
    return run(HyperLogLogs.pfmerge(destination, Arrays.asList(sources)));
  }
}
