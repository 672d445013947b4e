package io.github.restredis.local.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent event streams for SUBSCRIBE, PSUBSCRIBE and MONITOR (PROTOCOL.md).
 *
 * <p>Each stream has a Redis connection of its own, never taken from or returned to the pool, and a
 * thread of its own outside the HTTP server's pool, so open streams never starve ordinary requests.
 * The JDK server cannot tell that a client went away until a write fails, so an idle stream writes
 * a comment line ({@code : ping}) every heartbeat; the first failed write closes the Redis connection.
 *
 * <p>Events are {@code data: subscribe,<ch>,<n>}, {@code data: message,<ch>,<payload>},
 * {@code data: pmessage,<pattern>,<ch>,<payload>}: the reply's elements joined by commas, payloads raw.
 * MONITOR sends {@code data: "OK"}, then one event per command, as Redis prints it but with the
 * client address shown as {@code 0.0.0.0:0}, as Upstash shows it. A payload holding a line feed is
 * sent as several {@code data:} lines, which an SSE parser joins back with line feeds.
 *
 * <p>Decided here: GET, POST and PUT all open a stream, with or without {@code Accept:
 * text/event-stream}; the request body is ignored (Upstash's SDK sends {@code []}); query
 * parameters and further path segments are more channels or patterns; a command Redis rejects
 * (no channel, say) is a 400 with Redis's message, sent before any event.
 */
final class EventStreams implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EventStreams.class);
  private static final Set<String> COMMANDS = Set.of("SUBSCRIBE", "PSUBSCRIBE", "MONITOR");
  private static final byte[] HEARTBEAT = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

  private final RedisEndpoint endpoint;
  private final int heartbeatMillis;
  private final ExecutorService threads;
  private final Set<RespConnection> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  EventStreams(RedisEndpoint endpoint, int heartbeatMillis) {
    this.endpoint = endpoint;
    this.heartbeatMillis = heartbeatMillis;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "restredis-local-events-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** True for the commands served as event streams. */
  static boolean isStream(List<byte[]> command) {
    return !command.isEmpty() && COMMANDS.contains(CommandPolicy.name(command));
  }

  /**
   * Sends {@code command} on a new Redis connection and, if Redis accepts it, answers 200 with an
   * event stream that a thread of its own keeps feeding; the exchange then belongs to that thread.
   *
   * @param headers sets the headers every response carries; called before the status is sent
   * @return null when the stream started, else Redis's error message (nothing was sent)
   * @throws IOException if Redis cannot be reached
   */
  @Nullable String start(HttpExchange exchange, List<byte[]> command, Runnable headers)
      throws IOException {
    if (closed) {
      throw new IOException("server is stopping");
    }
    boolean monitor = CommandPolicy.name(command).equals("MONITOR");
    RespConnection redis = RespConnection.open(endpoint, 5_000);
    boolean started = false;
    try {
      Object first = redis.call(command);
      if (first instanceof Resp.Error error) {
        return error.message();
      }
      headers.run();
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      open.add(redis);
      if (closed) {
        open.remove(redis);
        throw new IOException("server is stopping");
      }
      threads.execute(() -> pump(exchange, redis, first, monitor));
      started = true;
      return null;
    } finally {
      if (!started) {
        redis.close();
      }
    }
  }

  /** Copies Redis's pushes to the client until either side goes away. */
  private void pump(HttpExchange exchange, RespConnection redis, @Nullable Object first, boolean monitor) {
    try (exchange; redis) {
      OutputStream out = exchange.getResponseBody();
      Object reply = first;
      while (true) {
        out.write(event(reply, monitor));
        out.flush();
        while (!redis.awaitReply(heartbeatMillis)) {
          out.write(HEARTBEAT);
          out.flush();
        }
        reply = redis.read();
      }
    } catch (IOException | RuntimeException e) {
      // The client went away (the usual end), Redis did, or the server is stopping.
      log.debug("Event stream ended: {}", e.toString());
    } finally {
      open.remove(redis);
    }
  }

  static byte[] event(@Nullable Object reply, boolean monitor) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    if (monitor && reply instanceof Resp.SimpleString simple) {
      byte[] line = simple.isOk() ? "\"OK\"".getBytes(StandardCharsets.US_ASCII) : hideAddress(simple.bytes());
      data.writeBytes(line);
    } else if (reply instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          data.write(',');
        }
        data.writeBytes(text(items.get(i)));
      }
    } else {
      data.writeBytes(text(reply));
    }
    ByteArrayOutputStream event = new ByteArrayOutputStream(data.size() + 16);
    event.writeBytes(DATA);
    for (byte b : data.toByteArray()) {
      if (b == '\n') {
        event.write('\n');
        event.writeBytes(DATA);
      } else {
        event.write(b);
      }
    }
    event.write('\n');
    event.write('\n');
    return event.toByteArray();
  }

  private static byte[] text(@Nullable Object value) {
    if (value instanceof byte[] bytes) {
      return bytes;
    }
    if (value instanceof Resp.SimpleString simple) {
      return simple.bytes();
    }
    if (value instanceof Resp.Error error) {
      return error.message().getBytes(StandardCharsets.UTF_8);
    }
    return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code 1700000000.1 [0 127.0.0.1:5000] "GET" "k"} becomes {@code … [0 0.0.0.0:0] …}. */
  private static byte[] hideAddress(byte[] line) {
    String text = new String(line, StandardCharsets.ISO_8859_1);
    int bracket = text.indexOf(" [");
    int space = bracket < 0 ? -1 : text.indexOf(' ', bracket + 2);
    int close = space < 0 ? -1 : text.indexOf(']', space);
    if (close < 0 || text.substring(space + 1, close).equals("lua")) {
      return line;
    }
    return (text.substring(0, space + 1) + "0.0.0.0:0" + text.substring(close))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Ends every stream: closing its Redis connection makes its thread stop and close the response. */
  @Override
  public void close() {
    closed = true;
    for (RespConnection redis : open) {
      redis.close();
    }
    threads.shutdownNow();
  }
}
