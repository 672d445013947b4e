package io.github.restredis.queue;

import io.github.restredis.Reply;
import io.github.restredis.queue.internal.JobRecord;
import io.github.restredis.queue.internal.Lua;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A queue's dead-letter list: jobs that failed for good or used all their deliveries, kept for the
 * queue's dead-letter retention, newest first.
 *
 * <pre>{@code
 * for (DeadJob dead : queue.deadLetters().list(0, 20)) {
 *   log.info("{} failed: {}", dead.id(), dead.status().error());
 * }
 * queue.deadLetters().redrive(List.of(id)); // after fixing the cause
 * }</pre>
 */
public final class DeadLetters {
  private final Queue<?> queue;

  DeadLetters(Queue<?> queue) {
    this.queue = queue;
  }

  /**
   * {@return a page of the list, newest first, with each job's raw payload and last error}
   * One request.
   *
   * @param offset how many of the newest to skip
   * @param count how many to return, 1 to 500
   */
  public List<DeadJob> list(int offset, int count) {
    if (offset < 0 || count < 1 || count > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("need offset >= 0 and 1 <= count <= " + Queue.MAX_BATCH);
    }
    List<Reply> reply = Lua.INSPECT_DEAD.eval(queue.redis, queue.ownKeys(),
        List.of(Integer.toString(offset), Integer.toString(offset + count - 1))).asList();
    List<DeadJob> dead = new ArrayList<>(reply.size() / 3);
    for (int i = 0; i < reply.size(); i += 3) {
      String record = reply.get(i + 1).asString();
      if (!record.isEmpty()) {
        String id = reply.get(i).asString();
        dead.add(new DeadJob(id, reply.get(i + 2).asString(),
            new JobStatus(id, JobRecord.parse(record), queue.redis.moshi())));
      }
    }
    return dead;
  }

  /**
   * Moves the oldest jobs of the list back to the queue, ready now, with their deliveries counted
   * from zero; one request.
   *
   * @param count how many, at least 1
   * @return the ids moved
   */
  public List<String> redrive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    return redriveWith(List.of(Long.toString(queue.clock.millis()), "oldest", Integer.toString(count)));
  }

  /**
   * Moves the given jobs back to the queue, ready now, with their deliveries counted from zero;
   * one request.
   *
   * @param ids job ids; those not in the list are ignored
   * @return the ids moved
   */
  public List<String> redrive(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> argv = new ArrayList<>(2 + ids.size());
    argv.add(Long.toString(queue.clock.millis()));
    argv.add("ids");
    argv.addAll(ids);
    return redriveWith(argv);
  }

  private List<String> redriveWith(List<String> argv) {
    List<String> moved = new ArrayList<>();
    for (Reply id : Lua.REDRIVE.eval(queue.redis, queue.ownKeys(), argv).asList()) {
      moved.add(id.asString());
    }
    return moved;
  }

  @Override
  public String toString() {
    return "DeadLetters{queue=" + queue.name() + '}';
  }
}
