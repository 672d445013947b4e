package io.github.restredis.local.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One blocking RESP2 connection to Redis: writes commands, reads replies, nothing else.
 *
 * <p>We forward arbitrary commands verbatim and must see every reply shape exactly (simple versus
 * bulk strings, errors nested inside EXEC replies, nil arrays), and MULTI/EXEC, SUBSCRIBE and
 * MONITOR must run on connections that no client library tracks state for. A RESP2 codec is the
 * smallest part that does that; client libraries normalise exactly the differences we forward.
 */
public final class RespConnection implements Closeable {
  private static final byte[] CRLF = {'\r', '\n'};

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private boolean broken;

  private RespConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
  }

  /** Opens a connection, authenticating and selecting the database the endpoint names. */
  public static RespConnection open(RedisEndpoint endpoint, int connectTimeoutMillis)
      throws IOException {
    Socket socket = endpoint.socketFactory().createSocket();
    try {
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), connectTimeoutMillis);
      if (socket instanceof javax.net.ssl.SSLSocket ssl) {
        ssl.startHandshake();
      }
      RespConnection connection = new RespConnection(socket);
      connection.handshake(endpoint);
      return connection;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private void handshake(RedisEndpoint endpoint) throws IOException {
    if (endpoint.password() != null) {
      List<byte[]> auth = new ArrayList<>();
      auth.add(bytes("AUTH"));
      if (endpoint.username() != null) {
        auth.add(bytes(endpoint.username()));
      }
      auth.add(bytes(endpoint.password()));
      expectOk(call(auth), "AUTH");
    }
    if (endpoint.database() != 0) {
      expectOk(call(List.of(bytes("SELECT"), bytes(Integer.toString(endpoint.database())))), "SELECT");
    }
  }

  private static void expectOk(@Nullable Object reply, String what) throws IOException {
    if (reply instanceof Resp.Error error) {
      // The message is Redis's; it names no secret.
      throw new IOException(what + " failed: " + error.message());
    }
  }

  /** Sends one command and reads its reply. */
  public @Nullable Object call(List<byte[]> command) throws IOException {
    write(command);
    flush();
    return read();
  }

  /** Buffers one command; call {@link #flush()} to send what was written. */
  public void write(List<byte[]> command) throws IOException {
    try {
      out.write('*');
      writeDecimal(command.size());
      for (byte[] argument : command) {
        out.write('$');
        writeDecimal(argument.length);
        out.write(argument);
        out.write(CRLF);
      }
    } catch (IOException e) {
      broken = true;
      throw e;
    }
  }

  /** Sends everything written so far. */
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      broken = true;
      throw e;
    }
  }

  /** Reads one reply (see {@link Resp} for the shapes); blocks until it arrives. */
  public @Nullable Object read() throws IOException {
    try {
      return readReply();
    } catch (IOException | RuntimeException e) {
      broken = true;
      throw e;
    }
  }

  /**
   * Waits up to {@code millis} for the next reply to start arriving, consuming nothing.
   *
   * <p>A read timeout in the middle of a reply would lose the bytes read so far; waiting here, at a
   * reply boundary, lets an idle connection time out safely.
   *
   * @return true when a reply is ready to {@link #read()}, false when none started in time
   */
  public boolean awaitReply(int millis) throws IOException {
    if (in.available() > 0) {
      return true;
    }
    try {
      socket.setSoTimeout(millis);
      in.mark(1);
      if (in.read() == -1) {
        throw new EOFException("Redis closed the connection");
      }
      in.reset();
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      broken = true;
      throw e;
    } finally {
      if (!socket.isClosed()) {
        socket.setSoTimeout(0);
      }
    }
  }

  /** Sets how long a read may block; zero waits forever. */
  public void readTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  /** True after an I/O or protocol failure: the connection's position in the stream is unknown. */
  public boolean isBroken() {
    return broken || socket.isClosed();
  }

  @Override
  public void close() {
    broken = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a dead socket has nothing to report.
    }
  }

  private void writeDecimal(int value) throws IOException {
    out.write(Integer.toString(value).getBytes(StandardCharsets.US_ASCII));
    out.write(CRLF);
  }

  private @Nullable Object readReply() throws IOException {
    int type = in.read();
    switch (type) {
      case '+':
        return new Resp.SimpleString(readLine());
      case '-':
        return new Resp.Error(new String(readLine(), StandardCharsets.UTF_8));
      case ':':
        return parseLong(readLine());
      case '$': {
        long length = parseLong(readLine());
        if (length < 0) {
          return null;
        }
        if (length > Integer.MAX_VALUE - 2) {
          throw new IOException("Bulk string too large: " + length);
        }
        byte[] value = in.readNBytes((int) length);
        if (value.length != length || in.read() != '\r' || in.read() != '\n') {
          throw new EOFException("Connection closed inside a bulk string");
        }
        return value;
      }
      case '*': {
        long count = parseLong(readLine());
        if (count < 0) {
          return null;
        }
        List<@Nullable Object> items = new ArrayList<>((int) Math.min(count, 1024));
        for (long i = 0; i < count; i++) {
          items.add(readReply());
        }
        return items;
      }
      case -1:
        throw new EOFException("Redis closed the connection");
      default:
        throw new IOException("Unexpected RESP type byte: " + type);
    }
  }

  private byte[] readLine() throws IOException {
    byte[] buffer = new byte[32];
    int length = 0;
    while (true) {
      int b = in.read();
      if (b == -1) {
        throw new EOFException("Redis closed the connection");
      }
      if (b == '\r') {
        if (in.read() != '\n') {
          throw new IOException("Malformed RESP line");
        }
        return java.util.Arrays.copyOf(buffer, length);
      }
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, length * 2);
      }
      buffer[length++] = (byte) b;
    }
  }

  private static long parseLong(byte[] line) throws IOException {
    try {
      return Long.parseLong(new String(line, StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      throw new IOException("Malformed RESP integer", e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
