package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Reply shapes a real Redis rarely produces on demand, served from a scripted socket. */
class RespConnectionTest {

  @Test
  void decodesEveryShapeAndWritesCommandsAsResp() throws Exception {
    String replies = "+OK\r\n-ERR bad\r\n:-9223372036854775808\r\n$-1\r\n*-1\r\n$0\r\n\r\n"
        + "*3\r\n:1\r\n-WRONGTYPE inner\r\n*2\r\n$2\r\n\u0000\u00ff\r\n$-1\r\n";
    try (ScriptedRedis redis = new ScriptedRedis(replies.getBytes(StandardCharsets.ISO_8859_1));
        RespConnection connection = RespConnection.open(RedisEndpoint.loopback(redis.port()), 1000)) {
      Object ok = connection.call(List.of(bytes("SET"), bytes("k"), new byte[] {0, (byte) 0xff}));
      assertThat(ok).isInstanceOf(Resp.SimpleString.class);
      assertThat(((Resp.SimpleString) ok).isOk()).isTrue();
      assertThat(connection.read()).isEqualTo(new Resp.Error("ERR bad"));
      assertThat(connection.read()).isEqualTo(Long.MIN_VALUE);
      assertThat(connection.read()).isNull();
      assertThat(connection.read()).isNull();
      assertThat((byte[]) connection.read()).isEmpty();
      List<?> nested = (List<?>) connection.read();
      assertThat(nested.get(0)).isEqualTo(1L);
      assertThat(nested.get(1)).isEqualTo(new Resp.Error("WRONGTYPE inner"));
      List<?> inner = (List<?>) nested.get(2);
      assertThat((byte[]) inner.get(0)).containsExactly(0, 0xff);
      assertThat(inner.get(1)).isNull();
      assertThat(connection.isBroken()).isFalse();
      assertThat(redis.received()).startsWith("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n\u0000\u00ff\r\n");
    }
  }

  @Test
  void aConnectionCutMidReplyIsBrokenAndSaysSo() throws Exception {
    try (ScriptedRedis redis = new ScriptedRedis("$10\r\nabc".getBytes(StandardCharsets.US_ASCII));
        RespConnection connection = RespConnection.open(RedisEndpoint.loopback(redis.port()), 1000)) {
      assertThatThrownBy(() -> connection.call(List.of(bytes("GET"), bytes("k")))).isInstanceOf(EOFException.class);
      assertThat(connection.isBroken()).isTrue();
    }
  }

  @Test
  void garbageIsAProtocolError() throws Exception {
    try (ScriptedRedis redis = new ScriptedRedis("?what\r\n".getBytes(StandardCharsets.US_ASCII));
        RespConnection connection = RespConnection.open(RedisEndpoint.loopback(redis.port()), 1000)) {
      assertThatThrownBy(() -> connection.call(List.of(bytes("PING")))).hasMessageContaining("RESP type");
      assertThat(connection.isBroken()).isTrue();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Accepts one connection, sends fixed bytes once a command arrives, then closes. */
  private static final class ScriptedRedis implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<Void> done;

    ScriptedRedis(byte[] replies) throws Exception {
      done = CompletableFuture.runAsync(() -> {
        try (Socket socket = server.accept()) {
          InputStream in = socket.getInputStream();
          byte[] chunk = new byte[4096];
          int read = in.read(chunk);
          synchronized (received) {
            received.write(chunk, 0, Math.max(read, 0));
          }
          OutputStream out = socket.getOutputStream();
          out.write(replies);
          out.flush();
          socket.shutdownOutput();
          while (in.read(chunk) != -1) {
            // Wait for the client to close.
          }
        } catch (Exception ignored) {
          // The test asserts on what the client saw.
        }
      });
    }

    int port() {
      return server.getLocalPort();
    }

    String received() {
      synchronized (received) {
        return new String(received.toByteArray(), StandardCharsets.ISO_8859_1);
      }
    }

    @Override
    public void close() throws Exception {
      server.close();
      done.get();
    }
  }

}
