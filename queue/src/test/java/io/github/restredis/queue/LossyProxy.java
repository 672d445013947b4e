package io.github.restredis.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A loopback TCP proxy in front of the local server that loses responses: the request reaches the
 * server and runs, then the proxy closes the client's connection instead of passing the response
 * on. Which responses are lost is decided per response by their number (0, 1, 2… in the order the
 * server starts answering), so a test can lose exactly the ones it means to, or a seeded share.
 */
final class LossyProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final IntPredicate lose;
  private final AtomicInteger responses = new AtomicInteger();
  final AtomicInteger lost = new AtomicInteger();

  LossyProxy(String upstreamUrl, IntPredicate lose) throws IOException {
    java.net.URI uri = java.net.URI.create(upstreamUrl);
    this.upstreamHost = uri.getHost();
    this.upstreamPort = uri.getPort();
    this.lose = lose;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "lossy-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Loses each response with probability {@code share}, reproducibly for a seed. */
  static LossyProxy losingShare(String upstreamUrl, double share, long seed) throws IOException {
    Random random = new Random(seed);
    return new LossyProxy(upstreamUrl, n -> {
      synchronized (random) {
        return random.nextDouble() < share;
      }
    });
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        AtomicBoolean awaitingResponse = new AtomicBoolean();
        pump(client, upstream, awaitingResponse, false);
        pump(upstream, client, awaitingResponse, true);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, AtomicBoolean awaitingResponse, boolean responses) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[65536];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          if (!responses) {
            awaitingResponse.set(true);
          } else if (awaitingResponse.getAndSet(false) && lose.test(this.responses.getAndIncrement())) {
            lost.incrementAndGet();
            return; // closes both sockets: the client never sees this response
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the other side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "lossy-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
