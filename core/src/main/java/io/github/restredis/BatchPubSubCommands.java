// Generated from PubSubCommands.java by SurfaceGenerator (core tests): do not edit.
// Change PubSubCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.PubSub;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link PubSubCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchPubSubCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Publishes a message to a channel (PUBLISH).
   *
   * @param channel the channel
   * @param message the message
   * @return a response that holds, after exec, the number of subscribers that received it (on a cluster, of this node)
   */
  default Response<Long> publish(String channel, String message) {
    return run(PubSub.publish(channel, message));
  }
}
