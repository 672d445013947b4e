package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.PubSub;

/**
 * Publishing, on every surface. Subscribing is {@link Redis#subscribe} and {@link
 * Redis#psubscribe}: a subscription is a long-lived event stream, not a command, so it exists on
 * the synchronous client only.
 *
 * <pre>{@code
 * long receivers = redis.publish("chat", "hello");
 * }</pre>
 */
public sealed interface PubSubCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Publishes a message to a channel (PUBLISH).
   *
   * @param channel the channel
   * @param message the message
   * @return the number of subscribers that received it (on a cluster, of this node)
   */
  default long publish(String channel, String message) {
    return run(PubSub.publish(channel, message));
  }
}
