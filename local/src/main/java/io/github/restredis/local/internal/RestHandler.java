package io.github.restredis.local.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the Upstash REST protocol (PROTOCOL.md) over the JDK's HTTP server. */
public final class RestHandler implements HttpHandler, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RestHandler.class);
  private static final String UNAUTHORIZED = "WRONGPASS invalid or missing auth token";
  private static final String SIZE_EXCEEDED = "ERR max request size exceeded";
  /** Past this many bytes over the limit we stop draining and drop the connection. */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;
  private static final byte[] NO_BODY = new byte[0];
  /** How often an idle event stream writes a comment, which is how we notice a client went away. */
  private static final int HEARTBEAT_MILLIS = 1_000;

  private final byte[] token;
  private final long maxRequestBytes;
  private final CommandExecutor executor;
  private final EventStreams streams;
  private final AtomicLong syncToken = new AtomicLong(System.currentTimeMillis() * 1000);

  /** A handler that checks {@code token} and runs commands on {@code backend}. */
  public RestHandler(String token, long maxRequestBytes, RedisBackend backend) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = maxRequestBytes;
    this.executor = new CommandExecutor(backend.pool(), new Scripts(backend.majorVersion()));
    this.streams = new EventStreams(backend.pool().endpoint(), HEARTBEAT_MILLIS);
  }

  /** Ends the open event streams (ordinary requests end on their own). */
  @Override
  public void close() {
    streams.close();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    try {
      Response response;
      try {
        response = respond(exchange);
      } catch (IOException e) {
        log.warn("Redis failed during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e.toString());
        response = Response.error(500, "ERR Redis is unreachable or failed: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("Internal error during {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
        response = Response.error(500, "ERR internal error: " + e);
      }
      if (response == null) {
        streaming = true;
      } else {
        send(exchange, response);
      }
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  /** The response to send, or null when an event stream took the exchange over. */
  private @Nullable Response respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT") && !method.equals("HEAD")) {
      drain(exchange.getRequestBody(), 0);
      return Response.error(405, "ERR method " + method + " is not allowed; use GET, POST, PUT or HEAD");
    }
    if (!authorized(exchange)) {
      drain(exchange.getRequestBody(), 0);
      return Response.error(401, UNAUTHORIZED);
    }
    byte[] body = readBody(exchange.getRequestBody());
    if (body == null) {
      return Response.error(400, SIZE_EXCEEDED);
    }
    boolean base64 = "base64".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Upstash-Encoding"));
    ReplyWriter writer = new ReplyWriter(base64);
    String path = exchange.getRequestURI().getRawPath();
    try {
      switch (path) {
        case "/": {
          if (body.length == 0 && (method.equals("GET") || method.equals("HEAD"))) {
            throw new BadRequestException("ERR empty command: POST a JSON array such as [\"PING\"]");
          }
          Object reply = executor.single(RequestParser.command(body));
          return new Response(reply instanceof Resp.Error ? 400 : 200, writer.single(reply));
        }
        case "/pipeline":
          return new Response(200, writer.items(executor.pipeline(RequestParser.commands(body))));
        case "/multi-exec":
          return new Response(200, writer.items(executor.transaction(RequestParser.commands(body))));
        default:
          return pathStyle(exchange, method, path, body, writer);
      }
    } catch (BadRequestException e) {
      return Response.error(400, e.getMessage());
    }
  }

  /** {@code /cmd/arg/…?more=args} with a POST or PUT body as the last argument; see {@link PathCommand}. */
  private @Nullable Response pathStyle(
      HttpExchange exchange, String method, String path, byte[] body, ReplyWriter writer)
      throws IOException, BadRequestException {
    String query = exchange.getRequestURI().getRawQuery();
    if (path.length() + (query == null ? 0 : query.length()) + (long) body.length > maxRequestBytes) {
      return Response.error(400, SIZE_EXCEEDED);
    }
    boolean bodyIsArgument = method.equals("POST") || method.equals("PUT");
    List<byte[]> command = PathCommand.command(path, query, bodyIsArgument ? body : NO_BODY);
    if (EventStreams.isStream(command)) {
      if (method.equals("HEAD")) {
        throw new BadRequestException("ERR event streams need GET or POST");
      }
      // The body is not a channel: Upstash's own SDK sends "[]" with every subscribe.
      String refusal = streams.start(
          exchange, PathCommand.command(path, query, NO_BODY), () -> commonHeaders(exchange));
      return refusal == null ? null : Response.error(400, refusal);
    }
    Object reply = executor.single(command);
    return new Response(reply instanceof Resp.Error ? 400 : 200, writer.single(reply));
  }

  private boolean authorized(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      return matches(header.substring("Bearer ".length()));
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("_token=")) {
          return matches(URLDecoder.decode(pair.substring("_token=".length()), StandardCharsets.UTF_8));
        }
      }
    }
    return false;
  }

  private boolean matches(String candidate) {
    // Constant time: the comparison must not reveal how much of a guess was right.
    return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }

  /** The body, or null when it is larger than the limit (it is then drained and dropped). */
  private byte @Nullable [] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    int read;
    while ((read = in.read(chunk)) != -1) {
      if (body.size() + (long) read > maxRequestBytes) {
        drain(in, body.size() + (long) read);
        return null;
      }
      body.write(chunk, 0, read);
    }
    return body.toByteArray();
  }

  /** Reads and drops the rest of a body, so the client sees our answer instead of a broken pipe. */
  private static void drain(InputStream in, long alreadyRead) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    long total = alreadyRead;
    int read;
    while (total < MAX_DRAIN && (read = in.read(chunk)) != -1) {
      total += read;
    }
  }

  private void send(HttpExchange exchange, Response response) throws IOException {
    commonHeaders(exchange);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  private void commonHeaders(HttpExchange exchange) {
    Headers headers = exchange.getResponseHeaders();
    headers.set("upstash-sync-token", Long.toString(syncToken.incrementAndGet()));
  }

  private record Response(int status, byte[] body) {
    static Response error(int status, String message) {
      return new Response(status, ReplyWriter.error(message));
    }
  }

}
