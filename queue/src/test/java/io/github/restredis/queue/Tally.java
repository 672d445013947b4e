package io.github.restredis.queue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what handlers saw: distinct jobs and deliveries of a job already seen. */
final class Tally {
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger duplicates = new AtomicInteger();

  Object record(Job<?> job) {
    if (!seen.add(job.id())) {
      duplicates.incrementAndGet();
    }
    return null;
  }

  int distinct() {
    return seen.size();
  }

  int duplicates() {
    return duplicates.get();
  }

  Set<String> ids() {
    return seen;
  }
}
