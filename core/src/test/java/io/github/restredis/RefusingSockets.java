package io.github.restredis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * A socket factory for an OkHttp client whose next {@link #refuseNext(int) n} connections are
 * refused for real: they connect to a loopback port nobody listens on, so the kernel answers RST
 * and OkHttp sees the same {@link java.net.ConnectException} as for a server that is down.
 */
final class RefusingSockets extends SocketFactory {
  private final int deadPort;
  private final AtomicInteger refusals = new AtomicInteger();
  /** Connections attempted, refused or not. */
  final AtomicInteger connects = new AtomicInteger();

  RefusingSockets() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void refuseNext(int n) {
    refusals.set(n);
  }

  private Socket socket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        connects.incrementAndGet();
        boolean refuse = refusals.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        super.connect(refuse
            ? new InetSocketAddress(InetAddress.getLoopbackAddress(), deadPort) : endpoint, timeout);
      }
    };
  }

  // OkHttp only calls createSocket() and connects itself; the other overloads are never used.
  @Override public Socket createSocket() { return socket(); }
  @Override public Socket createSocket(String host, int port) { throw new UnsupportedOperationException(); }
  @Override public Socket createSocket(String host, int port, InetAddress local, int localPort) { throw new UnsupportedOperationException(); }
  @Override public Socket createSocket(InetAddress host, int port) { throw new UnsupportedOperationException(); }
  @Override public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) { throw new UnsupportedOperationException(); }
}
