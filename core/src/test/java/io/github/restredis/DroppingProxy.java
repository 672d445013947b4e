package io.github.restredis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a real server that, for the first {@code drops} connections,
 * forwards the request, lets the server answer, and then closes the client's socket without
 * passing the answer on: the command ran, but the client never learns it.
 */
final class DroppingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final AtomicInteger dropsLeft;
  final AtomicInteger connections = new AtomicInteger();

  DroppingProxy(String upstreamHost, int upstreamPort, int drops) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.dropsLeft = new AtomicInteger(drops);
    Thread acceptor = new Thread(this::acceptLoop, "dropping-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        boolean drop = dropsLeft.getAndDecrement() > 0;
        pump(client, upstream, null);
        pump(upstream, client, drop ? client : null);
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Copies {@code from} to {@code to}; when {@code dropInstead} is set, closes it at the first byte. */
  private static void pump(Socket from, Socket to, Socket dropInstead) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          if (dropInstead != null) {
            dropInstead.close();
            from.close();
            return;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the other side closed
      } finally {
        try {
          to.close();
          from.close();
        } catch (IOException ignored) {
          // already closed
        }
      }
    }, "dropping-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
