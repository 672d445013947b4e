package io.github.restredis;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Receives what a {@link Subscription} reports. Only {@link #onMessage} must be written, so a
 * lambda will do.
 *
 * <p>Calls come from the subscription's own threads (one per channel or pattern) but never two at
 * once, so a listener need not be thread-safe; messages of one channel arrive in the order
 * published. A slow listener delays every channel of its subscription. An exception thrown by a
 * listener is logged and otherwise ignored.
 *
 * <p>After a dropped connection the sequence is {@link #onDisconnected}, then (once reconnected)
 * {@link #onSubscribed} again for that channel. Messages published while disconnected are lost:
 * Redis pub/sub delivers to whoever is listening at the time.
 */
@FunctionalInterface
public interface SubscriptionListener {
  /**
   * Called for each message.
   *
   * @param message the channel, payload and (PSUBSCRIBE) pattern
   */
  void onMessage(PubSubMessage message);

  /**
   * Called when the server confirms the subscription to a channel or pattern: once at the start
   * (before {@link Redis#subscribe} returns), and again after each reconnect.
   *
   * @param channel the channel or pattern
   */
  default void onSubscribed(String channel) {}

  /**
   * Called when the stream of a channel or pattern dropped; it reconnects after {@code
   * reconnectIn}, backing off as the client's {@link RetryPolicy} does, without its retry limit.
   *
   * @param channel the channel or pattern
   * @param cause why the stream ended
   * @param reconnectIn the wait before the next attempt
   */
  default void onDisconnected(String channel, UpstashException cause, Duration reconnectIn) {}

  /**
   * Called once when the subscription ends: after {@link Subscription#close()} (cause null), or
   * after a failure that reconnecting cannot fix, such as a refused token (HTTP 401) or a Redis
   * error reply.
   *
   * @param cause the failure, or null when closed by the caller
   */
  default void onClosed(@Nullable UpstashException cause) {}
}
