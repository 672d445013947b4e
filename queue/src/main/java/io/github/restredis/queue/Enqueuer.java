package io.github.restredis.queue;

import com.squareup.moshi.JsonAdapter;
import io.github.restredis.Redis;
import io.github.restredis.Reply;
import io.github.restredis.queue.internal.Ids;
import io.github.restredis.queue.internal.JobRecord;
import io.github.restredis.queue.internal.Lua;
import io.github.restredis.queue.internal.Scores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The producer side of a {@link Queue}: arguments and replies of the enqueue script, in batches of
 * {@value Queue#MAX_BATCH}; ids are chosen here, before the first attempt, so a resent batch adds
 * nothing.
 */
final class Enqueuer<T> {
  private final Redis redis;
  private final List<String> keys;
  private final JsonAdapter<T> adapter;
  private final Clock clock;
  private final int maxDeliveries;
  private final Duration idempotencyRetention;

  Enqueuer(Redis redis, List<String> keys, JsonAdapter<T> adapter, Clock clock, int maxDeliveries,
      Duration idempotencyRetention) {
    this.redis = redis;
    this.keys = keys;
    this.adapter = adapter;
    this.clock = clock;
    this.maxDeliveries = maxDeliveries;
    this.idempotencyRetention = idempotencyRetention;
  }

  List<EnqueueResult> enqueueAll(List<? extends T> payloads, EnqueueArgs args) {
    Objects.requireNonNull(payloads, "payloads == null");
    Objects.requireNonNull(args, "args == null");
    List<String> encoded = new ArrayList<>(payloads.size());
    for (T payload : payloads) {
      encoded.add(adapter.toJson(Objects.requireNonNull(payload, "payload == null")));
    }
    List<EnqueueResult> results = new ArrayList<>(payloads.size());
    for (int from = 0; from < encoded.size(); from += Queue.MAX_BATCH) {
      results.addAll(enqueueBatch(encoded.subList(from, Math.min(encoded.size(), from + Queue.MAX_BATCH)), from, args));
    }
    return results;
  }

  private List<EnqueueResult> enqueueBatch(List<String> payloads, int offset, EnqueueArgs args) {
    Instant now = clock.instant();
    long millis = now.toEpochMilli();
    Instant readyAt = args.readyAt(now);
    int max = args.maxDeliveries() != null ? args.maxDeliveries() : maxDeliveries;
    String record = JobRecord.created(readyAt != null, max, args.priority(), millis,
        readyAt == null ? null : readyAt.toEpochMilli()).json();
    String score = readyAt == null
        ? Long.toString(Scores.ready(args.priority(), millis))
        : Long.toString(readyAt.toEpochMilli());
    String key = args.idempotencyKey();
    boolean batch = offset > 0 || payloads.size() > 1;
    List<String> argv = new ArrayList<>(3 + payloads.size() * 6);
    argv.add(Long.toString(millis));
    argv.add(Long.toString(Scores.expiry(millis, idempotencyRetention)));
    argv.add(Integer.toString(payloads.size()));
    for (int i = 0; i < payloads.size(); i++) {
      argv.add(Ids.next(millis));
      argv.add(record);
      argv.add(payloads.get(i));
      argv.add(readyAt == null ? "r" : "d");
      argv.add(score);
      argv.add(key == null ? "" : batch ? key + ":" + (offset + i) : key);
    }
    List<Reply> reply = Lua.ENQUEUE.eval(redis, keys, argv).asList();
    List<EnqueueResult> results = new ArrayList<>(payloads.size());
    for (int i = 0; i < reply.size(); i += 2) {
      results.add(new EnqueueResult(reply.get(i).asString(), reply.get(i + 1).asLong() == 1));
    }
    return results;
  }
}
