package io.github.restredis.local.internal;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Idle Redis connections kept for reuse; each borrower has a connection to itself.
 *
 * <p>Exclusive use is what keeps transactions apart: two concurrent {@code /multi-exec} requests never
 * share a connection, so Redis never sees nested MULTI.
 */
public final class ConnectionPool implements AutoCloseable {
  private final RedisEndpoint endpoint;
  private final int maxIdle;
  private final ConcurrentLinkedDeque<RespConnection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  /** A pool for one endpoint that keeps at most {@code maxIdle} idle connections. */
  public ConnectionPool(RedisEndpoint endpoint, int maxIdle) {
    this.endpoint = endpoint;
    this.maxIdle = maxIdle;
  }

  /** Returns an idle connection or opens a new one. */
  public RespConnection borrow() throws IOException {
    if (closed) {
      throw new IOException("Connection pool is closed");
    }
    RespConnection connection = idle.pollFirst();
    if (connection != null) {
      return connection;
    }
    return RespConnection.open(endpoint, 5_000);
  }

  /** Gives a connection back; a broken one, or one too many, is closed instead. */
  public void release(RespConnection connection) {
    if (closed || connection.isBroken() || idle.size() >= maxIdle) {
      discard(connection);
      return;
    }
    idle.offerFirst(connection);
    if (closed) {
      // Raced with close(): make sure nothing stays open.
      drain();
    }
  }

  /** Closes a connection that must not be reused (for example after SUBSCRIBE). */
  public void discard(RespConnection connection) {
    connection.close();
  }

  /** The endpoint this pool connects to. */
  public RedisEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    closed = true;
    drain();
  }

  private void drain() {
    RespConnection connection;
    while ((connection = idle.pollFirst()) != null) {
      discard(connection);
    }
  }
}
