package io.github.restredis.queue.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The record of one job, a field of the jobs hash, which the scripts read and write with cjson.
 * Short names keep every record small.
 *
 * @param s state: waiting, delayed, active, succeeded, failed or cancelled
 * @param a deliveries counted against the maximum
 * @param d deliveries ever made, the lease token: a settlement names the delivery it settles
 * @param m maximum deliveries
 * @param p priority
 * @param t enqueued at, epoch milliseconds
 * @param u last changed at, epoch milliseconds
 * @param v when a delayed job becomes ready, epoch milliseconds
 * @param g the last progress reported, JSON
 * @param r the result, JSON
 * @param e the last error
 */
public record JobRecord(
    String s, int a, long d, int m, int p, long t, long u,
    @Nullable Long v, @Nullable String g, @Nullable String r, @Nullable String e) {
  private static final JsonAdapter<JobRecord> ADAPTER = new Moshi.Builder().build().adapter(JobRecord.class);

  /** {@return a new job's record} */
  public static JobRecord created(boolean delayed, int maxDeliveries, int priority, long now, @Nullable Long runAt) {
    return new JobRecord(delayed ? "delayed" : "waiting", 0, 0, maxDeliveries, priority, now, now,
        runAt, null, null, null);
  }

  /** {@return the record stored as {@code json}} */
  public static JobRecord parse(String json) {
    try {
      JobRecord record = ADAPTER.fromJson(json);
      if (record == null) {
        throw new IllegalStateException("job record is null");
      }
      return record;
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable job record: " + json, e);
    }
  }

  /** {@return this record as the scripts store it} */
  public String json() {
    return ADAPTER.toJson(this);
  }
}
