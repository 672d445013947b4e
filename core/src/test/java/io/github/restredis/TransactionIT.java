package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Transactions against a real Redis: atomic, errors in place, EXECABORT, never split. */
class TransactionIT extends RedisIT {
  @Test
  void runsAtomicallyWithRuntimeErrorsInPlace() {
    redis.set(k("text"), "abc");
    Transaction tx = redis.multi();
    Response<Long> a = tx.incr(k("a"));
    Response<Long> wrong = tx.lpush(k("text"), "x");
    Response<Long> b = tx.incrby(k("a"), 10);
    tx.exec();
    assertThat(a.get()).isEqualTo(1L);
    assertThatThrownBy(wrong::get).isInstanceOf(RedisErrorException.class).hasMessageContaining("WRONGTYPE");
    assertThat(b.get()).isEqualTo(11L);
    assertThat(redis.get(k("a"))).isEqualTo("11");
  }

  @Test
  void aCommandRefusedWhileQueuingAbortsEverything() {
    Transaction tx = redis.multi();
    Response<Long> incr = tx.incr(k("a"));
    Response<Reply> bad = tx.command("SET", k("b")); // wrong arity: refused at queue time
    assertThatThrownBy(tx::exec).isInstanceOf(RedisErrorException.class).hasMessageContaining("EXECABORT");
    assertThatThrownBy(incr::get).isInstanceOf(RedisErrorException.class);
    assertThatThrownBy(bad::get).isInstanceOf(RedisErrorException.class);
    assertThat(redis.get(k("a"))).isNull();
  }

  @Test
  void isNeverSplit() {
    Redis small = redis.newBuilder().maxCommandsPerRequest(2).maxRequestBytes(400).build();
    Transaction tx = small.multi();
    for (int i = 0; i < 5; i++) {
      tx.rpush(k("list"), Integer.toString(i));
    }
    tx.exec();
    assertThat(small.metrics().requests()).isEqualTo(1);
    assertThat(redis.lrange(k("list"), 0, -1)).containsExactly("0", "1", "2", "3", "4");

    Transaction big = small.multi();
    Response<Long> first = big.incr(k("n"));
    for (int i = 0; i < 10; i++) {
      big.set(k("v" + i), "z".repeat(50));
    }
    assertThatThrownBy(big::exec).isInstanceOf(RequestTooLargeException.class);
    assertThatThrownBy(first::get).isInstanceOf(RequestTooLargeException.class);
    assertThat(small.metrics().requests()).isEqualTo(1);
    assertThat(redis.get(k("n"))).isNull();
    small.close();
  }

  @Test
  void emptyTransactionIsRefused() {
    assertThatThrownBy(() -> redis.multi().exec())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no commands");
  }

  @Test
  void voidCommandsCompleteWithNull() {
    Transaction tx = redis.multi();
    Response<Void> mset = tx.mset(java.util.Map.of(k("x"), "1", k("y"), "2"));
    Response<List<String>> values = tx.mget(k("x"), k("y"));
    tx.exec();
    assertThat(mset.get()).isNull();
    assertThat(mset.isFailed()).isFalse();
    assertThat(values.get()).containsExactly("1", "2");
  }
}
