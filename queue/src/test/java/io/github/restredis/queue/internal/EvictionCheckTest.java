package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvictionCheckTest {
  @Test
  void findsThePolicyInInfoMemory() {
    assertThat(EvictionCheck.fromInfo("# Memory\r\nused_memory:1\r\nmaxmemory_policy:allkeys-lfu\r\n"))
        .isEqualTo("allkeys-lfu");
    assertThat(EvictionCheck.fromInfo("# Memory\nused_memory:1\n")).isNull();
  }

  @Test
  void onlyAllkeysPoliciesEvictKeysWithoutExpiry() {
    assertThat(EvictionCheck.evictsPersistentKeys("allkeys-lru")).isTrue();
    assertThat(EvictionCheck.evictsPersistentKeys("allkeys-random")).isTrue();
    assertThat(EvictionCheck.evictsPersistentKeys("volatile-lru")).isFalse();
    assertThat(EvictionCheck.evictsPersistentKeys("noeviction")).isFalse();
  }
}
