package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message received by a {@link Subscription}.
 *
 * @param channel the channel it was published to
 * @param message the payload, as UTF-8 text (bytes that are not UTF-8 become U+FFFD)
 * @param pattern the pattern that matched the channel (PSUBSCRIBE), or null for a channel
 *     subscription
 */
public record PubSubMessage(String channel, String message, @Nullable String pattern) {
  /**
   * Checks the values.
   *
   * @param channel the channel
   * @param message the payload
   * @param pattern the matching pattern, or null
   */
  public PubSubMessage {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(message, "message == null");
  }
}
