package io.github.restredis;

import io.github.restredis.internal.http.HttpCall;
import io.github.restredis.internal.http.ReplyReader;
import io.github.restredis.internal.http.Transport;
import java.util.List;

/**
 * Commands sent in order over {@code /pipeline}, not atomically: each command runs on its own and
 * another client's commands may run in between. Obtained from {@link Redis#pipeline()}.
 *
 * <pre>{@code
 * Pipeline p = redis.pipeline();
 * Response<Long> views = p.incr("views");
 * Response<Long> added = p.sadd("seen", userId);
 * p.exec();
 * long total = views.get();
 * }</pre>
 *
 * <p>A pipeline larger than {@link Redis.Builder#maxCommandsPerRequest(int)} commands (1,000 by
 * default) or than the request size limit is sent as several requests, one after the other, in
 * order. If one of them fails, the ones after it are not sent: their responses fail with a {@link
 * TransportException} whose {@link TransportException#requestSent()} is false.
 */
public final class Pipeline extends Batch {
  Pipeline(Redis redis) {
    super(redis);
  }

  @Override
  String endpoint() {
    return "pipeline";
  }

  @Override
  public void exec() {
    startExec();
    Transport transport = redis.transport();
    long maxBytes = transport.maxRequestBytes();
    int maxCount = redis.maxCommandsPerRequest();
    // Check every command against the size limit before anything is sent: nothing half-done.
    for (int i = 0; i < commands.size(); i++) {
      long size = HttpCall.batchSize(encoded.get(i).size(), 1);
      if (size > maxBytes) {
        RequestTooLargeException e =
            new RequestTooLargeException(commands.get(i).name(), size, maxBytes);
        fail(0, commands.size(), e);
        throw e;
      }
    }
    int from = 0;
    while (from < commands.size()) {
      int to = from;
      long bytes = 0;
      while (to < commands.size() && to - from < maxCount
          && HttpCall.batchSize(bytes + encoded.get(to).size(), to - from + 1) <= maxBytes) {
        bytes += encoded.get(to).size();
        to++;
      }
      send(from, to);
      from = to;
    }
  }

  private void send(int from, int to) {
    HttpCall call = HttpCall.batch("pipeline", commands.subList(from, to), encoded.subList(from, to));
    Transport.Received<List<ReplyReader.Item>> received;
    try {
      received = redis.transport().send(call, redis.attemptTimeout(), redis.deadline(),
          ReplyReader.batch(call));
    } catch (RuntimeException e) {
      fail(from, to - from, e);
      if (to < commands.size()) {
        String label = "pipeline";
        fail(to, commands.size() - to, new TransportException(label
            + ": not sent, because an earlier request of the pipeline failed: " + e.getMessage(),
            label, false, e));
      }
      throw e;
    }
    complete(from, to - from, received);
  }
}
