package io.github.restredis.local;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-sent event stream read over a raw socket (HTTP/1.1, chunked), so that a test controls
 * exactly when the TCP connection closes and sees every byte, comments included.
 */
final class EventStreamConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final int status;
  private final List<String> headers = new ArrayList<>();
  private int chunkLeft;
  private boolean ended;

  private EventStreamConnection(Socket socket, InputStream in, int status) {
    this.socket = socket;
    this.in = in;
    this.status = status;
  }

  /** Sends {@code method rawPathAndQuery} with the server's token and reads the response head. */
  static EventStreamConnection open(LocalRedisServer server, String method, String rawPathAndQuery)
      throws IOException {
    return open(server, method, rawPathAndQuery, "Authorization: Bearer " + server.token() + "\r\n");
  }

  static EventStreamConnection open(
      LocalRedisServer server, String method, String rawPathAndQuery, String extraHeaders)
      throws IOException {
    URI url = URI.create(server.url());
    Socket socket = new Socket(url.getHost(), url.getPort());
    socket.setSoTimeout(30_000);
    OutputStream out = socket.getOutputStream();
    byte[] body = method.equals("POST") ? "[]".getBytes(StandardCharsets.US_ASCII) : new byte[0];
    String head = method + " " + rawPathAndQuery + " HTTP/1.1\r\n"
        + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
        + "Accept: text/event-stream\r\n"
        + extraHeaders
        + "Content-Length: " + body.length + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
    InputStream in = new BufferedInputStream(socket.getInputStream());
    String statusLine = line(in);
    EventStreamConnection connection =
        new EventStreamConnection(socket, in, Integer.parseInt(statusLine.split(" ")[1]));
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      connection.headers.add(header);
    }
    return connection;
  }

  int status() {
    return status;
  }

  /** The value of the first header named {@code name} (case-insensitive), or null. */
  String header(String name) {
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (header.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return header.substring(colon + 1).trim();
      }
    }
    return null;
  }

  /** The next event's lines as raw bytes (ISO-8859-1 text), skipping comment-only blocks. */
  List<String> nextEvent() throws IOException {
    while (true) {
      List<String> lines = nextBlock();
      lines.removeIf(l -> l.startsWith(":"));
      if (!lines.isEmpty()) {
        return lines;
      }
    }
  }

  /** The next block of lines up to a blank line, comments included. */
  List<String> nextBlock() throws IOException {
    List<String> lines = new ArrayList<>();
    while (true) {
      String line = bodyLine();
      if (line.isEmpty()) {
        if (!lines.isEmpty()) {
          return lines;
        }
        continue;
      }
      lines.add(line);
    }
  }

  /** The next event as one data line's payload: {@code data: x} gives {@code x}. */
  String nextData() throws IOException {
    List<String> event = nextEvent();
    if (event.size() != 1 || !event.get(0).startsWith("data: ")) {
      throw new IOException("expected one data line, got " + event);
    }
    return event.get(0).substring("data: ".length());
  }

  /** The whole body of a response that is not a stream. */
  String body() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int b;
    while ((b = bodyByte()) != -1) {
      out.write(b);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private String bodyLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = bodyByte()) != '\n') {
      if (b == -1) {
        throw new EOFException("stream ended");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private int bodyByte() throws IOException {
    if (header("Transfer-Encoding") == null) {
      if (!ended) {
        String length = header("Content-Length");
        chunkLeft = length == null ? 0 : Integer.parseInt(length);
        ended = true;
      }
      if (chunkLeft == 0) {
        return -1;
      }
      chunkLeft--;
      return in.read();
    }
    if (chunkLeft == 0) {
      if (ended) {
        return -1;
      }
      String size = line(in);
      chunkLeft = Integer.parseInt(size.trim(), 16);
      if (chunkLeft == 0) {
        ended = true;
        return -1;
      }
    }
    int b = in.read();
    if (b == -1) {
      throw new EOFException("connection closed inside a chunk");
    }
    chunkLeft--;
    if (chunkLeft == 0) {
      // The CRLF after the chunk's data.
      line(in);
    }
    return b;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new EOFException("connection closed");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
