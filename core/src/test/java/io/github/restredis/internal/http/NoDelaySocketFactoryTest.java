package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.RetryPolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The client's own OkHttp sockets have Nagle's algorithm off; a caller's client is left alone. */
class NoDelaySocketFactoryTest {
  private static Settings settings(OkHttpClient user) {
    return new Settings(HttpUrl.get("http://127.0.0.1:1/"), () -> "tok", user,
        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.defaults(),
        true, true, false, 10_000, 8, Map.of(), List.of(), 0, 0.8);
  }

  @Test
  void ownClientSocketsHaveTcpNoDelay() throws Exception {
    Transport transport = new Transport(settings(null));
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket unconnected = transport.client().socketFactory().createSocket();
        Socket connected = transport.client().socketFactory()
            .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      assertThat(unconnected.getTcpNoDelay()).isTrue();
      assertThat(connected.getTcpNoDelay()).isTrue();
    } finally {
      transport.close();
    }
  }

  @Test
  void callersSocketFactoryIsKept() {
    OkHttpClient user = new OkHttpClient();
    Transport transport = new Transport(settings(user));
    try {
      assertThat(transport.client().socketFactory()).isSameAs(user.socketFactory());
    } finally {
      transport.close();
    }
  }
}
