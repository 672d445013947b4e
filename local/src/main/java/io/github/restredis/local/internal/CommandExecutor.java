package io.github.restredis.local.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs commands, pipelines and transactions on pooled connections, applying the REST rules. */
final class CommandExecutor {
  private static final List<byte[]> MULTI = List.of("MULTI".getBytes(StandardCharsets.US_ASCII));
  private static final List<byte[]> EXEC = List.of("EXEC".getBytes(StandardCharsets.US_ASCII));

  private final ConnectionPool pool;
  private final Scripts scripts;

  CommandExecutor(ConnectionPool pool, Scripts scripts) {
    this.pool = pool;
    this.scripts = scripts;
  }

  /** One command; a refusal or Redis error comes back as a {@link Resp.Error} reply. */
  @Nullable Object single(List<byte[]> command) throws IOException {
    return pipeline(List.of(command)).get(0);
  }

  /** Commands in order on one connection, not atomic; each has its own reply or error. */
  List<@Nullable Object> pipeline(List<List<byte[]>> commands) throws IOException {
    List<@Nullable Object> replies = new ArrayList<>(commands.size());
    List<Scripts.@Nullable Plan> plans = new ArrayList<>(commands.size());
    boolean anySent = false;
    for (List<byte[]> command : commands) {
      String refusal = CommandPolicy.refusal(command);
      plans.add(refusal == null ? scripts.plan(command) : null);
      replies.add(refusal == null ? null : new Resp.Error(refusal));
      anySent |= refusal == null;
    }
    if (!anySent) {
      return replies;
    }
    RespConnection connection = pool.borrow();
    try {
      for (Scripts.Plan plan : plans) {
        if (plan != null) {
          connection.write(plan.command());
        }
      }
      connection.flush();
      for (int i = 0; i < plans.size(); i++) {
        Scripts.Plan plan = plans.get(i);
        if (plan != null) {
          replies.set(i, mapReply(plan, connection.read()));
        }
      }
      return replies;
    } finally {
      pool.release(connection);
    }
  }

  /**
   * Commands inside MULTI/EXEC on a connection of their own.
   *
   * @throws BadRequestException if the transaction is rejected as a whole (a refused command, or a
   *     command Redis rejected while queuing: EXECABORT)
   */
  List<@Nullable Object> transaction(List<List<byte[]>> commands)
      throws IOException, BadRequestException {
    List<Scripts.Plan> plans = new ArrayList<>(commands.size());
    for (List<byte[]> command : commands) {
      String refusal = CommandPolicy.refusal(command);
      if (refusal != null) {
        throw new BadRequestException(refusal);
      }
      plans.add(scripts.plan(command));
    }
    RespConnection connection = pool.borrow();
    try {
      connection.write(MULTI);
      for (Scripts.Plan plan : plans) {
        connection.write(plan.command());
      }
      connection.write(EXEC);
      connection.flush();
      Object multi = connection.read();
      Resp.Error firstQueueError = multi instanceof Resp.Error error ? error : null;
      int firstQueueErrorIndex = -1;
      for (int i = 0; i < plans.size(); i++) {
        Object queued = connection.read();
        if (queued instanceof Resp.Error error && firstQueueError == null) {
          firstQueueError = error;
          firstQueueErrorIndex = i;
        }
      }
      Object exec = connection.read();
      if (exec instanceof List<?> results && results.size() == plans.size()) {
        List<@Nullable Object> replies = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
          replies.add(mapReply(plans.get(i), results.get(i)));
        }
        return replies;
      }
      String reason = exec instanceof Resp.Error error ? error.message() : "EXECABORT Transaction discarded";
      if (firstQueueError != null) {
        reason += " Command " + (firstQueueErrorIndex + 1) + " failed: " + firstQueueError.message();
      }
      throw new BadRequestException(reason);
    } finally {
      pool.release(connection);
    }
  }

  private static @Nullable Object mapReply(Scripts.Plan plan, @Nullable Object reply) {
    return plan.replyMapper().apply(reply);
  }
}
