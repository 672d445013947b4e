package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerIT extends RedisIT {
  @Test
  void pingEchoTime() {
    assertThat(redis.ping()).isEqualTo("PONG");
    assertThat(redis.echo("hello ✓")).isEqualTo("hello ✓");
    assertThat(redis.time()).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofMinutes(5)));
  }

  @Test
  void dbsizeAndFlushdb() {
    // FLUSHDB empties the whole database: on Upstash this suite needs a dedicated one.
    redis.set(k("a"), "1");
    redis.set(k("b"), "2");
    assertThat(redis.dbsize()).isGreaterThanOrEqualTo(2);
    redis.flushdb();
    assertThat(redis.dbsize()).isZero();
  }

  @Test
  void rawCommandsReturnValueTrees() {
    redis.rpush(k("l"), "a", "b");
    Reply reply = redis.command("LRANGE", k("l"), "0", "-1");
    assertThat(reply.asList()).containsExactly(Reply.ofBytes("a".getBytes()), Reply.ofBytes("b".getBytes()));
    assertThat(redis.command("INCRBY", k("n"), "9007199254740993").asLong()).isEqualTo(9007199254740993L);
    assertThat(redis.command("GET", k("missing")).isNull()).isTrue();
    assertThat(redis.command("SET", k("s"), "v").asString()).isEqualTo("OK");
    assertThatThrownBy(() -> redis.command("NOSUCHCOMMAND", "secret-value"))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.command()).isEqualTo("NOSUCHCOMMAND");
          assertThat(e.getMessage()).doesNotContain("secret-value");
        });
  }

  @Test
  void wrongTokenIsAuthenticationError() {
    assumeFalse(againstUpstash(), "uses the local server's URL");
    try (Redis wrong = Redis.builder().url(server.url()).token("wrong-token").build()) {
      assertThatThrownBy(wrong::ping)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("wrong-token");
      assertThat(wrong.metrics().retries()).isZero();
    }
  }

  @Test
  void syncTokenAndMetricsFromARealServer() {
    redis.set(k("a"), "1");
    assertThat(redis.get(k("a"))).isEqualTo("1");
    MetricsSnapshot metrics = redis.metrics();
    assertThat(metrics.requests()).isEqualTo(2);
    assertThat(metrics.commands()).isEqualTo(2);
    assertThat(metrics.bytesSent()).isGreaterThan(0);
    assertThat(metrics.bytesReceived()).isGreaterThan(0);
    assertThat(metrics.failureCount()).isZero();
    if (!againstUpstash()) {
      assertThat(redis.syncToken()).isNotNull();
    }
  }

  @Test
  void incrementsAreCountedOnceOnTheServer() {
    assumeFalse(againstUpstash(), "reads the local server's command statistics");
    server.resetCommandStats();
    for (int i = 0; i < 5; i++) {
      redis.incr(k("n"));
    }
    assertThat(redis.get(k("n"))).isEqualTo("5");
    assertThat(server.commandStats()).containsEntry("incr", 5L);
  }

  @Test
  void pingWithAMessage() {
    assertThat(redis.ping("hello ✓")).isEqualTo("hello ✓");
    assertThat(redis.ping("")).isEmpty();
  }

  @Test
  void flushallAndFlushdbInBothModes() {
    // These empty the whole database: on Upstash this suite needs a dedicated one.
    redis.set(k("a"), "1");
    redis.flushall();
    assertThat(redis.dbsize()).isZero();
    redis.set(k("a"), "1");
    redis.flushall(FlushMode.ASYNC);
    assertThat(redis.exists(k("a"))).as("the keys are gone at once; only memory is freed later").isZero();
    redis.set(k("a"), "1");
    redis.flushall(FlushMode.SYNC);
    assertThat(redis.dbsize()).isZero();
    redis.set(k("a"), "1");
    redis.flushdb(FlushMode.ASYNC);
    assertThat(redis.dbsize()).isZero();
    redis.set(k("a"), "1");
    redis.flushdb(FlushMode.SYNC);
    assertThat(redis.dbsize()).isZero();
  }

  @Test
  void infoReportsAndSections() {
    redis.set(k("a"), "1");
    String all = redis.info();
    assertThat(all).contains("# Server").contains("\r\n");
    String keyspace = redis.info("keyspace");
    assertThat(keyspace).startsWith("# Keyspace").containsPattern("db0:keys=\\d+");
    assertThat(keyspace).doesNotContain("# Server");
    if (!againstUpstash()) {
      assertThat(redis.info("server")).contains("redis_version:" + server.redisVersion());
    }
  }
}
