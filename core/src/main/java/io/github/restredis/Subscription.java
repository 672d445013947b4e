package io.github.restredis;

import io.github.restredis.internal.pubsub.Subscriber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A running SUBSCRIBE or PSUBSCRIBE, from {@link Redis#subscribe} or {@link Redis#psubscribe}:
 * messages go to its {@link SubscriptionListener} until {@link #close()}.
 *
 * <pre>{@code
 * try (Subscription sub = redis.subscribe(List.of("chat"), m -> System.out.println(m.message()))) {
 *   redis.publish("chat", "hello");
 *   ...
 * }
 * }</pre>
 *
 * <p>Each channel or pattern is a server-sent event stream of its own ({@code POST
 * /subscribe/<channel>}, as the official SDK opens them), read by a thread of its own. A stream
 * that drops reconnects with backoff until the subscription is closed; the listener is told (see
 * {@link SubscriptionListener}). There is no read timeout, as a quiet channel sends nothing for
 * as long as it likes: a connection that dies without being closed (no FIN, no RST) is noticed only
 * when TCP gives up on it. Closing the client closes its subscriptions. A subscription is
 * not a command: it exists only on {@link Redis}, not on the async, pipeline or transaction
 * surfaces.
 */
public final class Subscription implements AutoCloseable {
  private final Subscriber subscriber;
  private final List<String> channels;
  private final boolean pattern;

  private Subscription(Subscriber subscriber, List<String> channels, boolean pattern) {
    this.subscriber = subscriber;
    this.channels = channels;
    this.pattern = pattern;
  }

  static Subscription open(Redis redis, boolean pattern, List<String> names,
      SubscriptionListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    String what = pattern ? "PSUBSCRIBE" : "SUBSCRIBE";
    Set<String> unique = new LinkedHashSet<>();
    for (String name : Objects.requireNonNull(names, "names == null")) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(what + ": a channel or pattern is null or empty");
      }
      unique.add(name);
    }
    if (unique.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one channel or pattern");
    }
    List<String> channels = List.copyOf(new ArrayList<>(unique));
    Subscriber subscriber = Subscriber.start(redis.transport(), pattern, channels,
        new Subscriber.Events() {
          @Override
          public void message(@Nullable String p, String channel, String message) {
            listener.onMessage(new PubSubMessage(channel, message, p));
          }

          @Override
          public void subscribed(String name) {
            listener.onSubscribed(name);
          }

          @Override
          public void disconnected(String name, UpstashException cause, java.time.Duration delay) {
            listener.onDisconnected(name, cause, delay);
          }

          @Override
          public void closed(@Nullable UpstashException cause) {
            listener.onClosed(cause);
          }
        },
        redis.retryPolicy(), redis.deadline());
    return new Subscription(subscriber, channels, pattern);
  }

  /** {@return the channels (or, for PSUBSCRIBE, the patterns), without duplicates} */
  public List<String> channels() {
    return channels;
  }

  /** {@return whether this is a PSUBSCRIBE} */
  public boolean isPattern() {
    return pattern;
  }

  /** {@return false once closed, by {@link #close()} or by a failure reconnecting cannot fix} */
  public boolean isOpen() {
    return subscriber.isOpen();
  }

  /**
   * Unsubscribes: ends every stream, waits for a running callback to finish, then calls {@link
   * SubscriptionListener#onClosed} with null. Idempotent. No callback runs after it returns,
   * unless it is called from a callback.
   */
  @Override
  public void close() {
    subscriber.close();
  }

  @Override
  public String toString() {
    return "Subscription{" + (pattern ? "patterns" : "channels") + "=" + channels.size()
        + (isOpen() ? "}" : ", closed}");
  }
}
