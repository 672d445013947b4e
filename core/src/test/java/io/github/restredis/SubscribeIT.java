package io.github.restredis;

import static io.github.restredis.RecordingListener.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PUBLISH, and SUBSCRIBE/PSUBSCRIBE over the local server's server-sent events. */
class SubscribeIT extends RedisIT {
  private long numsub(String channel) {
    return redis.command("PUBSUB", "NUMSUB", channel).asList().get(1).asLong();
  }

  @Test
  void messagesOfSeveralChannelsArriveInOrder() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (Subscription sub = redis.subscribe(List.of(k("a"), k("b"), k("a")), listener)) {
      assertThat(sub.channels()).containsExactly(k("a"), k("b"));
      assertThat(sub.isPattern()).isFalse();
      // subscribe returns once every channel is confirmed, so nothing published now is missed.
      assertThat(List.of(take(listener.subscribed, "a"), take(listener.subscribed, "b")))
          .containsExactlyInAnyOrder(k("a"), k("b"));
      assertThat(redis.publish(k("a"), "one")).isEqualTo(1);
      assertThat(redis.publish(k("a"), "two")).isEqualTo(1);
      assertThat(redis.publish(k("nobody"), "lost")).isZero();
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("a"), "one", null));
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("a"), "two", null));

      // Commas, line feeds and non-ASCII text come through exactly.
      String awkward = "x,y,\"z\"\nsecond line\n\nh\u00e9llo \ud83d\ude80";
      redis.publish(k("b"), awkward);
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("b"), awkward, null));
      assertThat(listener.threads).allMatch(t -> t.startsWith("restredis-subscription-"));
    }
  }

  @Test
  void channelNamesMayHoldCommas() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (Subscription sub = redis.subscribe(List.of(k("x,y")), listener)) {
      redis.publish(k("x,y"), "a,b");
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("x,y"), "a,b", null));
    }
  }

  @Test
  void patternSubscriptionsNameThePatternAndTheChannel() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (Subscription sub = redis.psubscribe(List.of(k("news.*"), k("alerts.?")), listener)) {
      assertThat(sub.isPattern()).isTrue();
      redis.publish(k("news.tech"), "AI, again");
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("news.tech"), "AI, again", k("news.*")));
      redis.publish(k("alerts.1"), "fire");
      assertThat(listener.next()).isEqualTo(new PubSubMessage(k("alerts.1"), "fire", k("alerts.?")));
      redis.publish(k("alerts.10"), "no match");
      redis.publish(k("news.x"), "last");
      assertThat(listener.next().message()).isEqualTo("last");
    }
  }

  @Test
  void closeUnsubscribes() throws Exception {
    RecordingListener listener = new RecordingListener();
    Subscription sub = redis.subscribe(List.of(k("c")), listener);
    assertThat(numsub(k("c"))).isEqualTo(1);
    sub.close();
    assertThat(sub.isOpen()).isFalse();
    assertThat(listener.closed.poll()).isEqualTo("closed by caller");
    sub.close();
    assertThat(listener.closed).isEmpty();
    // The server notices the closed connection at its next write (a heartbeat) and unsubscribes.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (numsub(k("c")) != 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(numsub(k("c"))).isZero();
    assertThat(redis.publish(k("c"), "after")).isZero();
    assertThat(listener.messages).isEmpty();
    assertThat(listener.disconnects).isEmpty();
  }

  @Test
  void reconnectsAfterTheServerDropsTheStream() throws Exception {
    assumeFalse(againstUpstash(), "the proxy sits in front of the local server");
    try (CuttingProxy proxy = new CuttingProxy("127.0.0.1", server.port());
         Redis viaProxy = Redis.builder().url(proxy.url()).token(server.token())
             .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(10)))
             .build()) {
      RecordingListener listener = new RecordingListener();
      try (Subscription sub = viaProxy.subscribe(List.of(k("r")), listener)) {
        assertThat(take(listener.subscribed, "the first confirmation")).isEqualTo(k("r"));
        redis.publish(k("r"), "before");
        assertThat(listener.next().message()).isEqualTo("before");

        proxy.cutAll();
        UpstashException cause = take(listener.disconnects, "a disconnect");
        assertThat(cause).isInstanceOf(TransportException.class);
        assertThat(take(listener.subscribed, "a resubscription")).isEqualTo(k("r"));
        assertThat(sub.isOpen()).isTrue();
        redis.publish(k("r"), "after");
        assertThat(listener.next().message()).isEqualTo("after");
        assertThat(listener.delays).allMatch(d -> !d.isNegative() && d.compareTo(Duration.ofSeconds(2)) <= 0);
      }
      assertThat(listener.closed.poll()).isEqualTo("closed by caller");
    }
  }

  @Test
  void aRefusedTokenFailsAtOnce() throws Exception {
    assumeFalse(againstUpstash(), "needs the local server's URL");
    RecordingListener listener = new RecordingListener();
    try (Redis wrong = Redis.builder().url(server.url()).token("wrong-token").build()) {
      assertThatThrownBy(() -> wrong.subscribe(List.of(k("c")), listener))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("wrong-token");
    }
    assertThat(listener.closed.poll()).isInstanceOf(AuthenticationException.class);
    assertThat(listener.disconnects).isEmpty();
  }

  @Test
  void closingTheClientClosesItsSubscriptions() throws Exception {
    Redis other = Redis.builder().url(server.url()).token(server.token()).build();
    RecordingListener listener = new RecordingListener();
    Subscription sub = other.psubscribe(List.of(k("*")), listener);
    other.close();
    assertThat(sub.isOpen()).isFalse();
    assertThat(listener.closed.poll()).isEqualTo("closed by caller");
    assertThatThrownBy(() -> other.subscribe(List.of(k("c")), listener))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badArgumentsAreRefused() {
    RecordingListener listener = new RecordingListener();
    assertThatThrownBy(() -> redis.subscribe(List.of(), listener)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.psubscribe(List.of(""), listener)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.subscribe(List.of("a"), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void publishOnEverySurface() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (Subscription sub = redis.subscribe(List.of(k("p")), listener)) {
      assertThat(redis.async().publish(k("p"), "async").get()).isEqualTo(1);
      Pipeline p = redis.pipeline();
      Response<Long> first = p.publish(k("p"), "pipelined 1");
      p.publish(k("p"), "pipelined 2");
      p.exec();
      assertThat(first.get()).isEqualTo(1);
      Transaction tx = redis.multi();
      tx.publish(k("p"), "in a transaction");
      tx.exec();
      assertThat(List.of(listener.next().message(), listener.next().message(), listener.next().message(),
          listener.next().message())).containsExactly("async", "pipelined 1", "pipelined 2", "in a transaction");
    }
  }
}
