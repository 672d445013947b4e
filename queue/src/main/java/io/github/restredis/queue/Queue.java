package io.github.restredis.queue;

import io.github.restredis.Redis;
import io.github.restredis.Reply;
import io.github.restredis.ScoredValue;
import io.github.restredis.queue.internal.EvictionCheck;
import io.github.restredis.queue.internal.Ids;
import io.github.restredis.queue.internal.JobRecord;
import io.github.restredis.queue.internal.Lua;
import io.github.restredis.queue.internal.Scores;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reliable job queue in one Redis database: at-least-once delivery with leases, retries with
 * backoff, dead letters, delays, priorities and a status per job. Immutable and thread-safe.
 *
 * <pre>{@code
 * Queue<Email> emails = Queue.builder(redis, "emails", Email.class).build();
 * String id = emails.enqueue(new Email("ada@example.com", "Welcome"));
 *
 * try (Worker<Email> worker = emails.worker(job -> { send(job.payload()); return null; })
 *     .concurrency(4).start()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Every state change is one Lua script in one request: enqueue, dequeue (which also returns
 * expired leases, promotes due delayed jobs and deletes expired records), ack, nack, lease
 * extension, release, cancel, re-drive. A dequeued job is leased until its deadline; a consumer
 * that dies or never hears the reply leaves the lease to expire, and the next dequeue by anyone
 * delivers the job again. No process has to be alive for that. A job may therefore run more than
 * once; make handlers idempotent.
 *
 * <p>Times (lease deadlines, delays, retention) come from this queue's {@link Clock}: consumers on
 * different machines should have synchronized clocks, since a clock that runs ahead expires other
 * consumers' leases early.
 *
 * @param <T> the payload type, converted to and from JSON by Moshi
 */
public final class Queue<T> {
  private static final Logger log = LoggerFactory.getLogger(Queue.class);
  static final int MAX_BATCH = 500;

  final Redis redis;
  private final String name;
  private final List<String> keys;
  private final List<String> allKeys;
  final Clock clock;
  final Duration visibilityTimeout;
  final int maxDeliveries;
  private final Duration statusRetention;
  final Duration deadRetention;
  private final @Nullable String sourceList;
  private final Enqueuer<T> enqueuer;
  private final Leases<T> leases;
  private final Settler<T> settler;
  private final DeadLetters deadLetters;
  private final AtomicBoolean evictionChecked = new AtomicBoolean();

  Queue(QueueBuilder<T> b) {
    this.redis = b.redis;
    this.name = b.name;
    String base = b.keyPrefix + ":{" + b.name + "}:";
    this.keys = List.of(base + "jobs", base + "ready", base + "timeline", base + "dead");
    List<String> all = new ArrayList<>(keys);
    if (b.sourceList != null) {
      all.add(b.sourceList);
    }
    this.allKeys = List.copyOf(all);
    this.sourceList = b.sourceList;
    this.clock = b.clock;
    this.visibilityTimeout = b.visibilityTimeout;
    this.maxDeliveries = b.maxDeliveries;
    this.statusRetention = b.statusRetention;
    this.deadRetention = b.deadRetention;
    this.enqueuer = new Enqueuer<>(redis, keys, b.adapter, clock, maxDeliveries,
        b.idempotencyRetention);
    this.leases = new Leases<>(this, b.adapter, sourceList);
    this.settler = new Settler<>(redis, keys, clock, b.backoff, statusRetention, deadRetention);
    this.deadLetters = new DeadLetters(this);
  }

  /**
   * {@return a builder for the queue {@code name} of payloads of class {@code type}}
   *
   * @param redis the client; its {@link Redis#moshi()} converts payloads and results
   * @param name the queue's name, part of its keys: 1 to 200 characters, no braces
   * @param type the payload class
   * @param <T> the payload type
   */
  public static <T> QueueBuilder<T> builder(Redis redis, String name, Class<T> type) {
    return builder(redis, name, (Type) type);
  }

  /**
   * {@return a builder for the queue {@code name} of payloads of a generic {@code type}}
   *
   * @param redis the client
   * @param name the queue's name
   * @param type the payload type, such as {@code Types.newParameterizedType(Map.class, String.class, Object.class)}
   * @param <T> the payload type
   */
  public static <T> QueueBuilder<T> builder(Redis redis, String name, Type type) {
    Objects.requireNonNull(redis, "redis == null");
    Objects.requireNonNull(type, "type == null");
    return new QueueBuilder<T>(redis, name, redis.moshi().<T>adapter(type).nonNull());
  }

  /** {@return the queue's name} */
  public String name() {
    return name;
  }

  /**
   * {@return the queue's keys: the jobs hash, the ready sorted set, the timeline sorted set, the
   * dead-letter list, and the source list if there is one}
   */
  public List<String> keys() {
    return allKeys;
  }

  @Nullable String sourceList() {
    return sourceList;
  }

  /** The keys every script but dequeue declares: the queue's own four. */
  List<String> ownKeys() {
    return keys;
  }

  /**
   * Enqueues one job, ready now (one request; billed: the script and 4 commands).
   *
   * @param payload the payload
   * @return the new job's id
   */
  public String enqueue(T payload) {
    return enqueue(payload, EnqueueArgs.none()).id();
  }

  /**
   * Enqueues one job with options.
   *
   * @param payload the payload
   * @param args delay, priority, idempotency key, delivery limit
   * @return the job's id, and whether it was created (false for a repeated idempotency key)
   */
  public EnqueueResult enqueue(T payload, EnqueueArgs args) {
    return enqueueAll(List.of(payload), args).get(0);
  }

  /**
   * Enqueues many jobs, ready now, in one request per {@value #MAX_BATCH} jobs.
   *
   * @param payloads the payloads, in order
   * @return the new jobs' ids, in the same order
   */
  public List<String> enqueueAll(List<? extends T> payloads) {
    List<String> ids = new ArrayList<>(payloads.size());
    for (EnqueueResult result : enqueueAll(payloads, EnqueueArgs.none())) {
      ids.add(result.id());
    }
    return ids;
  }

  /**
   * Enqueues many jobs with the same options, in one atomic request per {@value #MAX_BATCH} jobs.
   * With an idempotency key {@code k}, the i-th job (from 0) gets the key {@code k + ":" + i},
   * so that the whole batch sent again adds nothing.
   *
   * <p>A request whose reply is lost is sent again by the client; the job ids are chosen before
   * the first attempt, so the second finds the jobs the first stored and adds none.
   *
   * @param payloads the payloads, in order
   * @param args the options of every job
   * @return per payload, in order, the job's id and whether it was created
   */
  public List<EnqueueResult> enqueueAll(List<? extends T> payloads, EnqueueArgs args) {
    return enqueuer.enqueueAll(payloads, args);
  }

  /**
   * {@return a job's status, or null if no job has this id (never enqueued, or its record expired)}
   * One request, one billed command (HGET).
   *
   * @param id the job's id
   */
  public @Nullable JobStatus status(String id) {
    if (!Ids.isValid(Objects.requireNonNull(id, "id == null"))) {
      return null;
    }
    String record = redis.hget(keys.get(0), "m:" + id);
    return record == null ? null : new JobStatus(id, JobRecord.parse(record), redis.moshi());
  }

  /**
   * Cancels a job that has not finished: a queued job is never delivered; a job being processed
   * is marked cancelled, its lease ends, and its consumer's ack changes nothing.
   *
   * @param id the job's id
   * @return true if the job was cancelled; false if it had finished, was dead-lettered, or is unknown
   */
  public boolean cancel(String id) {
    if (!Ids.isValid(Objects.requireNonNull(id, "id == null"))) {
      return false;
    }
    long now = clock.millis();
    return Lua.CANCEL.eval(redis, keys, List.of(Long.toString(now), id,
        Long.toString(Scores.expiry(now, statusRetention)))).asString().equals("ok");
  }

  /**
   * {@return the earliest time at which a dequeue can find work, or null if there is nothing at all}
   * The cheap idle check: one read (ZRANGE), plus LLEN of the source list in plain-list mode. A
   * time in the past means work is due now. The time may also be that of a record to expire.
   */
  public @Nullable Instant nextDue() {
    List<ScoredValue> first = redis.zrangeWithScores(keys.get(2), 0, 0);
    if (!first.isEmpty() && first.get(0).score() <= clock.millis()) {
      return Instant.ofEpochMilli((long) first.get(0).score());
    }
    if (sourceList != null && redis.llen(sourceList) > 0) {
      return clock.instant();
    }
    return first.isEmpty() ? null : Instant.ofEpochMilli((long) first.get(0).score());
  }

  /**
   * Leases up to {@code max} jobs for the queue's visibility timeout; see {@link #dequeue(int, Duration)}.
   *
   * @param max 1 to {@value #MAX_BATCH}
   * @return the leased jobs, highest priority and oldest first; empty if none is ready
   */
  public List<Job<T>> dequeue(int max) {
    return dequeue(max, visibilityTimeout);
  }

  /**
   * Leases up to {@code max} jobs, in one request. The same script first returns expired leases
   * to the queue (or dead-letters jobs out of deliveries), makes due delayed jobs ready, and
   * deletes expired records. Each job is delivered again after {@code lease} unless settled or
   * extended first. A job whose payload does not convert to {@code T} is dead-lettered with the
   * conversion error, not returned.
   *
   * @param max 1 to {@value #MAX_BATCH}
   * @param lease how long the jobs stay invisible to other consumers, at least 1 s
   * @return the leased jobs; empty if none is ready
   */
  public List<Job<T>> dequeue(int max, Duration lease) {
    return leases.dequeue(max, lease);
  }

  /**
   * Acknowledges a job without a result; see {@link #ack(Job, Object)}.
   *
   * @param job the leased job
   * @return {@link Settlement#SUCCEEDED}, or why nothing changed
   */
  public Settlement ack(Job<T> job) {
    return ack(job, null);
  }

  /**
   * Acknowledges a job: it succeeded, and its status keeps {@code result} for the status retention.
   * Safe to send again: a retried ack changes nothing more.
   *
   * @param job the leased job
   * @param result any value Moshi converts to JSON, or null
   * @return {@link Settlement#SUCCEEDED}; {@link Settlement#LEASE_LOST} if the job was delivered
   *     again since (its lease expired) or {@link Settlement#CANCELLED}, and then nothing changed
   */
  public Settlement ack(Job<T> job, @Nullable Object result) {
    return ackJson(List.of(job), Collections.singletonList(result == null ? null : toJson(result))).get(0);
  }

  /**
   * Acknowledges many jobs without results in one request, for the price of one ack; see {@link
   * #ack(Job, Object)}.
   *
   * @param jobs leased jobs, at most {@value #MAX_BATCH}
   * @return per job, in order, {@link Settlement#SUCCEEDED} or why nothing changed
   */
  public List<Settlement> ackAll(List<Job<T>> jobs) {
    return ackJson(jobs, Collections.nCopies(jobs.size(), null));
  }

  List<Settlement> ackJson(List<Job<T>> jobs, List<@Nullable String> results) {
    return settler.ack(jobs, results);
  }

  /**
   * Fails this delivery: the job runs again after the queue's backoff, or is dead-lettered if it
   * has used its deliveries.
   *
   * @param job the leased job
   * @param error what went wrong; kept as the job's error
   * @return {@link Settlement#RETRY_SCHEDULED}, {@link Settlement#DEAD_LETTERED}, or why nothing changed
   */
  public Settlement nack(Job<T> job, Throwable error) {
    return settler.nack(job, Settler.errorText(error), true);
  }

  /**
   * Fails this delivery with a message; see {@link #nack(Job, Throwable)}.
   *
   * @param job the leased job
   * @param error what went wrong
   * @return {@link Settlement#RETRY_SCHEDULED}, {@link Settlement#DEAD_LETTERED}, or why nothing changed
   */
  public Settlement nack(Job<T> job, String error) {
    return settler.nack(job, Settler.cut(error), true);
  }

  /**
   * Fails the job for good: it moves to the dead-letter list whatever deliveries it has left.
   *
   * @param job the leased job
   * @param error why; kept as the job's error
   * @return {@link Settlement#DEAD_LETTERED}, or why nothing changed
   */
  public Settlement fail(Job<T> job, String error) {
    return settler.nack(job, Settler.cut(error), false);
  }

  /**
   * Extends the leases of jobs by the queue's visibility timeout from now, in one request.
   * A job found cancelled or no longer leased to this consumer is marked so ({@link
   * Job#isCancelled()}, {@link Job#isLeaseLost()}) and not extended.
   *
   * @param jobs the leased jobs, at most {@value #MAX_BATCH}
   * @return how many leases were extended
   */
  public int extend(Collection<Job<T>> jobs) {
    return leases.touch(new ArrayList<>(jobs), null);
  }

  boolean progress(Job<T> job, @Nullable Object progress) {
    return leases.touch(List.of(job), progress == null ? "null" : toJson(progress)) == 1;
  }

  /**
   * Hands leased jobs back without counting the delivery, ahead of younger jobs of their priority,
   * in one request: what a consumer that stops does with work it will not finish.
   *
   * @param jobs the leased jobs, at most {@value #MAX_BATCH}
   * @return how many were handed back (the others had been settled or delivered again)
   */
  public int release(Collection<Job<T>> jobs) {
    return leases.release(jobs);
  }

  /** {@return the dead-letter list: inspect it, re-drive jobs from it} */
  public DeadLetters deadLetters() {
    return deadLetters;
  }

  /** {@return the queue's sizes and counters, in one request} */
  public QueueMetrics metrics() {
    List<Reply> r = Lua.METRICS.eval(redis, keys, List.of()).asList();
    return new QueueMetrics(r.get(0).asLong(), r.get(2).asLong(), r.get(3).asLong(), r.get(1).asLong(),
        r.get(4).asLong(), r.get(5).asLong());
  }

  /**
   * {@return a builder of a long-running worker that runs {@code handler} on this queue's jobs}
   *
   * @param handler processes one job
   */
  public Worker.Builder<T> worker(JobHandler<T> handler) {
    return new Worker.Builder<>(this, handler);
  }

  /**
   * Takes and processes jobs until {@code args}' limits, then returns: the consumer of a function
   * that a schedule or a trigger runs. Nothing is taken when nothing is due (one read to find out);
   * a job still running when the time budget ends is handed back (released) before this returns.
   *
   * @param handler processes one job
   * @param args the limits: jobs, time budget, concurrency
   * @return what was done
   */
  public DrainResult drain(JobHandler<T> handler, DrainArgs args) {
    return new Drain<>(this, handler, args).run();
  }

  /**
   * {@return the server's eviction policy, if the server tells it; logs a warning once per queue
   * if it may evict the queue's keys}
   * Read from INFO memory (the REST API refuses CONFIG); one billed command. Workers and drains
   * call this when they start.
   */
  public @Nullable String checkEvictionPolicy() {
    String policy = EvictionCheck.policy(redis);
    if (evictionChecked.compareAndSet(false, true)) {
      if (policy != null && EvictionCheck.evictsPersistentKeys(policy)) {
        log.warn("Queue {}: the database's eviction policy is {}: under memory pressure it may delete the "
            + "queue's keys and lose jobs. Use noeviction (or a volatile-* policy).", name, policy);
      } else {
        log.debug("Queue {}: eviction policy {}", name, policy == null ? "unknown (not reported by the server)" : policy);
      }
    }
    return policy;
  }

  boolean evictionChecked() {
    return evictionChecked.get();
  }

  String toJson(Object value) {
    return redis.moshi().adapter(Object.class).toJson(value);
  }

  @Override
  public String toString() {
    return "Queue{name=" + name + (sourceList != null ? ", source=" + sourceList : "") + '}';
  }
}
