package io.github.restredis.queue;

import com.squareup.moshi.JsonAdapter;
import io.github.restredis.Reply;
import io.github.restredis.UpstashException;
import io.github.restredis.queue.internal.Ids;
import io.github.restredis.queue.internal.JobRecord;
import io.github.restredis.queue.internal.Lua;
import io.github.restredis.queue.internal.Scores;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The consumer side of a {@link Queue}: arguments and replies of dequeue, touch and release. */
final class Leases<T> {
  private static final Logger log = LoggerFactory.getLogger(Queue.class);
  private static final int SWEEP_LIMIT = 1000;

  private final Queue<T> queue;
  private final JsonAdapter<T> adapter;
  private final List<String> keys;
  private final List<String> dequeueKeys;
  private final @Nullable String sourceList;

  Leases(Queue<T> queue, JsonAdapter<T> adapter, @Nullable String sourceList) {
    this.queue = queue;
    this.adapter = adapter;
    this.keys = queue.ownKeys();
    this.dequeueKeys = queue.keys();
    this.sourceList = sourceList;
  }

  List<Job<T>> dequeue(int max, Duration lease) {
    if (max < 1 || max > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("max must be from 1 to " + Queue.MAX_BATCH + ": " + max);
    }
    if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease must be at least 1 s: " + lease);
    }
    long now = queue.clock.millis();
    List<String> argv = new ArrayList<>(6 + (sourceList != null ? max : 0));
    argv.add(Long.toString(now));
    argv.add(Integer.toString(max));
    argv.add(Long.toString(lease.toMillis()));
    argv.add(Long.toString(Scores.expiry(now, queue.deadRetention)));
    argv.add(Integer.toString(SWEEP_LIMIT));
    argv.add(Integer.toString(queue.maxDeliveries));
    if (sourceList != null) {
      for (int i = 0; i < max; i++) {
        argv.add(Ids.next(now));
      }
    }
    List<Reply> reply = Lua.DEQUEUE.eval(queue.redis, dequeueKeys, argv).asList();
    Instant deadline = Instant.ofEpochMilli(now + lease.toMillis());
    List<Job<T>> jobs = new ArrayList<>(reply.size() / 3);
    for (int i = 0; i < reply.size(); i += 3) {
      String id = reply.get(i).asString();
      JobRecord record = JobRecord.parse(reply.get(i + 1).asString());
      String payload = reply.get(i + 2).asString();
      T value = null;
      Exception failure = null;
      try {
        value = adapter.fromJson(payload);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      Job<T> job = new Job<>(queue, id, value, record.d(), record.a(), record.m(), record.p(),
          Instant.ofEpochMilli(record.t()), deadline);
      if (failure != null) {
        // Retrying cannot fix a payload: dead-letter it where it can be inspected and re-driven.
        log.warn("Queue {}: job {} has a payload that {} cannot read; dead-lettering it", queue.name(), id,
            adapter, failure);
        try {
          queue.fail(job, "unreadable payload: " + Settler.errorText(failure));
        } catch (UpstashException e) {
          log.warn("Queue {}: could not dead-letter job {}; it comes back when its lease ends", queue.name(), id, e);
        }
      } else {
        jobs.add(job);
      }
    }
    return jobs;
  }

  int touch(List<Job<T>> jobs, @Nullable String progress) {
    if (jobs.isEmpty()) {
      return 0;
    }
    if (jobs.size() > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("at most " + Queue.MAX_BATCH + " jobs per call: " + jobs.size());
    }
    long now = queue.clock.millis();
    long deadline = now + queue.visibilityTimeout.toMillis();
    List<String> argv = new ArrayList<>(3 + jobs.size() * 3);
    argv.add(Long.toString(now));
    argv.add(Long.toString(deadline));
    argv.add(Integer.toString(jobs.size()));
    for (Job<T> job : jobs) {
      argv.add(job.id());
      argv.add(Long.toString(job.delivery()));
      argv.add(progress == null ? "" : progress);
    }
    List<Reply> reply = Lua.TOUCH.eval(queue.redis, keys, argv).asList();
    int extended = 0;
    for (int i = 0; i < jobs.size(); i++) {
      String outcome = reply.get(i).asString();
      if (outcome.equals("ok")) {
        jobs.get(i).leaseExtended(Instant.ofEpochMilli(deadline));
        extended++;
      } else if (outcome.equals("cancelled")) {
        jobs.get(i).markCancelled();
      } else {
        jobs.get(i).markLeaseLost();
      }
    }
    return extended;
  }

  int release(Collection<Job<T>> jobs) {
    if (jobs.isEmpty()) {
      return 0;
    }
    if (jobs.size() > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("at most " + Queue.MAX_BATCH + " jobs per call: " + jobs.size());
    }
    List<String> argv = new ArrayList<>(2 + jobs.size() * 2);
    argv.add(Long.toString(queue.clock.millis()));
    argv.add(Integer.toString(jobs.size()));
    for (Job<T> job : jobs) {
      argv.add(job.id());
      argv.add(Long.toString(job.delivery()));
    }
    int released = 0;
    for (Reply outcome : Lua.RELEASE.eval(queue.redis, keys, argv).asList()) {
      released += outcome.asString().equals("ok") ? 1 : 0;
    }
    return released;
  }
}
