package io.github.restredis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Records what a subscription reports, for tests to wait on. */
final class RecordingListener implements SubscriptionListener {
  final BlockingQueue<PubSubMessage> messages = new LinkedBlockingQueue<>();
  final BlockingQueue<String> subscribed = new LinkedBlockingQueue<>();
  final BlockingQueue<UpstashException> disconnects = new LinkedBlockingQueue<>();
  final List<Duration> delays = new CopyOnWriteArrayList<>();
  final BlockingQueue<Object> closed = new LinkedBlockingQueue<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void onMessage(PubSubMessage message) {
    threads.add(Thread.currentThread().getName());
    messages.add(message);
  }

  @Override
  public void onSubscribed(String channel) {
    subscribed.add(channel);
  }

  @Override
  public void onDisconnected(String channel, UpstashException cause, Duration reconnectIn) {
    delays.add(reconnectIn);
    disconnects.add(cause);
  }

  @Override
  public void onClosed(@Nullable UpstashException cause) {
    closed.add(cause == null ? "closed by caller" : cause);
  }

  PubSubMessage next() throws InterruptedException {
    return take(messages, "a message");
  }

  static <T> T take(BlockingQueue<T> queue, String what) throws InterruptedException {
    T item = queue.poll(20, TimeUnit.SECONDS);
    if (item == null) {
      throw new AssertionError("no " + what + " arrived");
    }
    return item;
  }
}
