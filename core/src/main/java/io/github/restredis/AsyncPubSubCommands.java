// Generated from PubSubCommands.java by SurfaceGenerator (core tests): do not edit.
// Change PubSubCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.PubSub;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link PubSubCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncPubSubCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Publishes a message to a channel (PUBLISH).
   *
   * @param channel the channel
   * @param message the message
   * @return a future of the number of subscribers that received it (on a cluster, of this node)
   */
  default CompletableFuture<Long> publish(String channel, String message) {
    return run(PubSub.publish(channel, message));
  }
}
