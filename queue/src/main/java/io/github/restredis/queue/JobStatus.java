package io.github.restredis.queue;

import com.squareup.moshi.Moshi;
import io.github.restredis.queue.internal.JobRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job's status, read by id with {@link Queue#status(String)}: the answer to "submit a job, poll
 * its status".
 *
 * <pre>{@code
 * JobStatus status = queue.status(id);
 * if (status != null && status.state() == JobState.SUCCEEDED) {
 *   Thumbnail thumbnail = status.result(Thumbnail.class);
 * }
 * }</pre>
 */
public final class JobStatus {
  private final String id;
  private final JobRecord record;
  private final Moshi moshi;

  JobStatus(String id, JobRecord record, Moshi moshi) {
    this.id = id;
    this.record = record;
    this.moshi = moshi;
  }

  /** {@return the job's id} */
  public String id() {
    return id;
  }

  /** {@return the state} */
  public JobState state() {
    return JobState.of(record.s());
  }

  /** {@return the deliveries counted so far: 0 before the first, 1 while the first runs} */
  public int attempts() {
    return record.a();
  }

  /** {@return the deliveries allowed before the job is dead-lettered} */
  public int maxDeliveries() {
    return record.m();
  }

  /** {@return the priority} */
  public int priority() {
    return record.p();
  }

  /** {@return when the job was enqueued} */
  public Instant enqueuedAt() {
    return Instant.ofEpochMilli(record.t());
  }

  /** {@return when the status last changed} */
  public Instant updatedAt() {
    return Instant.ofEpochMilli(record.u());
  }

  /** {@return when a queued job that waits for its time becomes ready; null if it is ready or not queued} */
  public @Nullable Instant availableAt() {
    Long v = record.v();
    return v == null || !record.s().equals("delayed") ? null : Instant.ofEpochMilli(v);
  }

  /** {@return the last error (a failed delivery's exception), or null} */
  public @Nullable String error() {
    return record.e();
  }

  /** {@return the last progress the handler reported, as JSON, or null} */
  public @Nullable String progressJson() {
    return record.g();
  }

  /** {@return the result of a succeeded job, as JSON, or null} */
  public @Nullable String resultJson() {
    return record.r();
  }

  /**
   * {@return the result converted from JSON with the queue's Moshi, or null if there is none}
   *
   * @param type the result's type
   * @param <R> the result's type
   * @throws UncheckedIOException if the JSON does not fit {@code type}
   */
  public <R> @Nullable R result(Class<R> type) {
    return decode(record.r(), type);
  }

  /**
   * {@return the last progress converted from JSON with the queue's Moshi, or null if there is none}
   *
   * @param type the progress type, a class or a {@code Types.newParameterizedType(...)}
   * @param <R> the progress type
   * @throws UncheckedIOException if the JSON does not fit {@code type}
   */
  public <R> @Nullable R progress(Type type) {
    return decode(record.g(), type);
  }

  private <R> @Nullable R decode(@Nullable String json, Type type) {
    Objects.requireNonNull(type, "type == null");
    if (json == null) {
      return null;
    }
    try {
      return moshi.<R>adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException("job " + id + ": JSON does not fit " + type.getTypeName(), e);
    }
  }

  @Override
  public String toString() {
    return "JobStatus{id=" + id + ", state=" + state() + ", attempts=" + attempts() + "/" + maxDeliveries()
        + (record.e() != null ? ", error=" + record.e() : "") + '}';
  }
}
