package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelines against a real Redis: replies in place, per-command errors, splitting. */
class PipelineIT extends RedisIT {
  @Test
  void repliesArriveInPlaceAndAFailedCommandFailsOnlyItself() {
    redis.set(k("text"), "not a number");
    Pipeline p = redis.pipeline();
    Response<Boolean> set = p.set(k("a"), "1");
    Response<Long> incr = p.incr(k("a"));
    Response<Long> bad = p.incr(k("text"));
    Response<String> get = p.get(k("a"));
    Response<String> missing = p.get(k("missing"));
    Response<Reply> raw = p.command("STRLEN", k("text"));
    assertThatThrownBy(get::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("exec()");
    p.exec();
    assertThat(set.get()).isTrue();
    assertThat(incr.get()).isEqualTo(2L);
    assertThatThrownBy(bad::get).isInstanceOf(RedisErrorException.class).hasMessageContaining("not an integer");
    assertThat(bad.isFailed()).isTrue();
    assertThat(get.get()).isEqualTo("2");
    assertThat(missing.get()).isNull();
    assertThat(raw.get().asLong()).isEqualTo(12L);
    assertThat(redis.metrics().requests()).isEqualTo(2); // the SET before, and the pipeline
  }

  @Test
  void largePipelinesAreSplitByCountInOrder() {
    Redis small = redis.newBuilder().maxCommandsPerRequest(10).build();
    Pipeline p = small.pipeline();
    List<Response<Long>> pushes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      pushes.add(p.rpush(k("list"), Integer.toString(i)));
    }
    p.exec();
    for (int i = 0; i < 25; i++) {
      assertThat(pushes.get(i).get()).isEqualTo(i + 1L);
    }
    assertThat(small.metrics().requests()).isEqualTo(3);
    assertThat(small.metrics().commands()).isEqualTo(25);
    small.close();
  }

  @Test
  void largePipelinesAreSplitByBytes() {
    Redis small = redis.newBuilder().maxRequestBytes(300).build();
    Pipeline p = small.pipeline();
    String value = "x".repeat(100);
    for (int i = 0; i < 6; i++) {
      p.set(k("k" + i), value);
    }
    p.exec();
    assertThat(small.metrics().requests()).isGreaterThanOrEqualTo(3);
    for (int i = 0; i < 6; i++) {
      assertThat(redis.get(k("k" + i))).isEqualTo(value);
    }
    small.close();
  }

  @Test
  void aCommandLargerThanTheLimitFailsBeforeAnythingIsSent() {
    Redis small = redis.newBuilder().maxRequestBytes(200).build();
    Pipeline p = small.pipeline();
    Response<Boolean> first = p.set(k("first"), "1");
    Response<Boolean> huge = p.set(k("huge"), "y".repeat(500));
    assertThatThrownBy(p::exec).isInstanceOf(RequestTooLargeException.class);
    assertThatThrownBy(first::get).isInstanceOf(RequestTooLargeException.class);
    assertThatThrownBy(huge::get).isInstanceOf(RequestTooLargeException.class);
    assertThat(small.metrics().requests()).isZero();
    assertThat(redis.get(k("first"))).isNull();
    small.close();
  }

  @Test
  void emptyAndReusedPipelinesAreRefused() {
    assertThatThrownBy(() -> redis.pipeline().exec())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no commands");
    Pipeline p = redis.pipeline();
    p.incr(k("n"));
    p.exec();
    assertThatThrownBy(p::exec).isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
    assertThatThrownBy(() -> p.incr(k("n"))).isInstanceOf(IllegalStateException.class);
    assertThat(redis.get(k("n"))).isEqualTo("1");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWhenQueued() {
    Pipeline p = redis.pipeline();
    assertThatThrownBy(() -> p.set(k("b"), new byte[] {(byte) 0xff}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on its own");
    assertThat(p.size()).isZero();
  }

  @Test
  void scriptsRunInABatchWithTheirSource() {
    Script script = Script.of("return redis.call('INCRBY', KEYS[1], ARGV[1])");
    redis.scriptFlush();
    Pipeline p = redis.pipeline();
    Response<Reply> r = script.eval(p, List.of(k("s")), List.of("5"));
    p.exec();
    assertThat(r.get().asLong()).isEqualTo(5L);
    assertThat(script.eval(redis, List.of(k("s")), List.of("1")).asLong()).isEqualTo(6L);
  }

  @Test
  void timeoutsOfTheClientApply() {
    Redis quick = redis.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    Pipeline p = quick.pipeline();
    Response<Long> n = p.incr(k("n"));
    p.exec();
    assertThat(n.get()).isEqualTo(1L);
  }
}
