package io.github.restredis.benchmarks;

import io.github.restredis.local.LocalRedisServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Requests per second the local REST server sustains on loopback: single commands over 16
 * concurrent keep-alive connections, then 1,000-command pipelines.
 *
 * <p>The client is a few lines of raw HTTP/1.1 over sockets, so that nearly all the CPU it shares
 * with the server on a small machine goes to the server. Each phase warms up, then measures for a
 * fixed time; the whole run takes about 40 seconds.
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.ServerThroughput [URL TOKEN]
 * </pre>
 *
 * <p>Without arguments it starts a {@link LocalRedisServer} in this JVM; with a URL and a token it
 * measures a server already running (for example the standalone jar) at that loopback address.
 */
public final class ServerThroughput {
  private static final int SINGLE_CONNECTIONS = 16;
  private static final int PIPELINE_CONNECTIONS = 4;
  private static final int PIPELINE_LENGTH = 1_000;
  private static final long WARMUP_MILLIS = 3_000;
  private static final long MEASURE_MILLIS = 10_000;

  private ServerThroughput() {}

  public static void main(String[] args) throws Exception {
    LocalRedisServer started = null;
    String url;
    String token;
    if (args.length >= 2) {
      url = args[0];
      token = args[1];
      String host = URI.create(url).getHost();
      if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
        throw new IllegalArgumentException("loopback only: " + host);
      }
    } else {
      started = LocalRedisServer.start();
      url = started.url();
      token = started.token();
    }
    try {
      System.out.printf(Locale.ROOT, "server %s, %d cores, Java %s%n",
          started != null ? started.redisDescription() : url,
          Runtime.getRuntime().availableProcessors(), Runtime.version());
      LocalRedisServer server = started;
      double single = run(url, token, server, 1, SINGLE_CONNECTIONS, connection -> {
        String key = "bench:single:" + connection;
        return List.of(
            request(token, "/", "[\"SET\",\"" + key + "\",\"" + "v".repeat(100) + "\"]"),
            request(token, "/", "[\"GET\",\"" + key + "\"]"));
      });
      System.out.printf(Locale.ROOT, "single commands, %d keep-alive connections: %,.0f commands/s%n",
          SINGLE_CONNECTIONS, single);
      double pipelines = run(url, token, server, PIPELINE_LENGTH, PIPELINE_CONNECTIONS, connection -> {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < PIPELINE_LENGTH; i++) {
          String key = "bench:pipe:" + connection + ":" + (i % 100);
          body.append(i == 0 ? "" : ",")
              .append(i % 2 == 0 ? "[\"SET\",\"" + key + "\",\"value-" + i + "\"]" : "[\"GET\",\"" + key + "\"]");
        }
        return List.of(request(token, "/pipeline", body.append(']').toString()));
      });
      System.out.printf(Locale.ROOT,
          "%,d-command pipelines, %d connections: %,.0f pipelines/s = %,.0f commands/s%n",
          PIPELINE_LENGTH, PIPELINE_CONNECTIONS, pipelines, pipelines * PIPELINE_LENGTH);
    } finally {
      if (started != null) {
        started.close();
      }
    }
  }

  private interface Requests {
    List<byte[]> forConnection(int connection);
  }

  /**
   * Requests per second over {@code connections} sockets, each sending its requests in turn. When
   * the server runs here, Redis's own command counters must account for every command sent.
   */
  private static double run(String url, String token, @Nullable LocalRedisServer server,
      int commandsPerRequest, int connections, Requests requests) throws Exception {
    long callsBefore = server == null ? 0 : getAndSetCalls(server);
    URI uri = URI.create(url);
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder completed = new LongAdder();
    LongAdder total = new LongAdder();
    List<Thread> threads = new ArrayList<>();
    List<@Nullable Throwable> failures = new ArrayList<>();
    CountDownLatch connected = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      List<byte[]> mine = requests.forConnection(c);
      Thread thread = new Thread(() -> {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
          socket.setTcpNoDelay(true);
          OutputStream out = socket.getOutputStream();
          InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
          connected.countDown();
          for (long n = 0; !stop.get(); n++) {
            out.write(mine.get((int) (n % mine.size())));
            out.flush();
            readResponse(in);
            total.increment();
            if (measuring.get()) {
              completed.increment();
            }
          }
        } catch (IOException | RuntimeException e) {
          synchronized (failures) {
            failures.add(e);
          }
          connected.countDown();
        }
      }, "bench-" + c);
      thread.start();
      threads.add(thread);
    }
    connected.await();
    Thread.sleep(WARMUP_MILLIS);
    long start = System.nanoTime();
    measuring.set(true);
    Thread.sleep(MEASURE_MILLIS);
    measuring.set(false);
    long count = completed.sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a connection failed", failures.get(0));
    }
    if (server != null) {
      long calls = getAndSetCalls(server) - callsBefore;
      long sent = total.sum() * commandsPerRequest;
      if (calls < sent) {
        throw new IllegalStateException("Redis ran " + calls + " commands, the client counted " + sent);
      }
    }
    return count / seconds;
  }

  private static long getAndSetCalls(LocalRedisServer server) {
    Map<String, Long> stats = server.commandStats();
    return stats.getOrDefault("get", 0L) + stats.getOrDefault("set", 0L);
  }

  private static byte[] request(String token, String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\n"
        + "Host: localhost\r\n"
        + "Authorization: Bearer " + token + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  /** Reads one response with a Content-Length body; fails on anything but 200. */
  private static void readResponse(InputStream in) throws IOException {
    String status = line(in);
    if (!status.startsWith("HTTP/1.1 200")) {
      throw new IOException("unexpected response: " + status);
    }
    int length = -1;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length");
    }
    in.skipNBytes(length);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
