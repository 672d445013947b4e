package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ExpireArgs;
import io.github.restredis.SortArgs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Idempotency of the key, expiry, string, bitmap, HyperLogLog, server, function and geo
 * definitions: every command name they use is classified in {@link CommandTable} on purpose.
 */
class GroupsIdempotencyTest {
  @Test
  void keysAndExpiry() {
    assertThat(Keys.expire("EXPIREAT", "k", 1, ExpireArgs.Builder.gt()).idempotent()).isTrue();
    assertThat(Keys.expiretime("k").idempotent()).isTrue();
    assertThat(Keys.pexpiretime("k").idempotent()).isTrue();
    assertThat(Keys.objectEncoding("k").idempotent()).isTrue();
    for (String sub : List.of("FREQ", "IDLETIME", "REFCOUNT")) {
      assertThat(Keys.object(sub, "k").idempotent()).as(sub).isTrue();
    }
    assertThat(Keys.memoryUsage("k").idempotent()).isTrue();
    assertThat(Keys.sort("SORT", "k", SortArgs.none()).idempotent()).isTrue();
    assertThat(Keys.sort("SORT_RO", "k", SortArgs.none()).idempotent()).isTrue();
    // Storing the same sorted result twice leaves the same list.
    assertThat(Keys.sortStore("k", "d", SortArgs.none()).idempotent()).isTrue();
    assertThat(Keys.dump("k").idempotent()).isTrue();
    // A second attempt finds the key taken (RESTORE) or the destination taken (COPY).
    assertThat(Keys.restore("k", 0, new byte[] {1}).idempotent()).isFalse();
    assertThat(Keys.copy("a", "b", false).idempotent()).isFalse();
    assertThat(Keys.copy("a", "b", true).idempotent()).isTrue();
  }
}
