package io.github.restredis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a real server that forwards everything until {@link #cutAll()}
 * closes every connection open at that moment, as a load balancer or a network failure would.
 */
final class CuttingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  final AtomicInteger connections = new AtomicInteger();

  CuttingProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    Thread acceptor = new Thread(this::acceptLoop, "cutting-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Closes every connection open now; later ones are forwarded again. */
  void cutAll() {
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        open.remove(from);
        open.remove(to);
        try {
          to.close();
          from.close();
        } catch (IOException ignored) {
          // already closed
        }
      }
    }, "cutting-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    cutAll();
  }
}
