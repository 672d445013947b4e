package io.github.restredis;

import io.github.restredis.internal.http.HttpCall;
import io.github.restredis.internal.http.ReplyReader;
import io.github.restredis.internal.http.Transport;
import java.util.List;

/**
 * Commands run atomically with MULTI/EXEC over {@code /multi-exec}, in one request: no other
 * client's command runs in between. Obtained from {@link Redis#multi()}.
 *
 * <pre>{@code
 * Transaction tx = redis.multi();
 * tx.decrby("stock:42", 1);
 * Response<Long> orders = tx.rpush("orders", orderId);
 * tx.exec();
 * }</pre>
 *
 * <p>As in Redis, a command that fails while running (WRONGTYPE, for instance) fails only its
 * response and the others still apply; a command Redis refuses while queuing (a syntax error)
 * aborts the whole transaction, and {@link #exec()} throws a {@link RedisErrorException} starting
 * with {@code EXECABORT}. A transaction is never split: one larger than the request size limit
 * fails with a {@link RequestTooLargeException} before anything is sent.
 */
public final class Transaction extends Batch {
  Transaction(Redis redis) {
    super(redis);
  }

  @Override
  String endpoint() {
    return "multi-exec";
  }

  @Override
  public void exec() {
    startExec();
    HttpCall call = HttpCall.batch("multi-exec", commands, encoded);
    Transport.Received<List<ReplyReader.Item>> received;
    try {
      received = redis.transport().send(call, redis.attemptTimeout(), redis.deadline(),
          ReplyReader.batch(call));
    } catch (RuntimeException e) {
      fail(0, commands.size(), e);
      throw e;
    }
    complete(0, commands.size(), received);
  }
}
