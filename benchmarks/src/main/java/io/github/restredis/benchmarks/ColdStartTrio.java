package io.github.restredis.benchmarks;

import io.github.restredis.local.LocalRedisServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a {@code Redis}, a {@code RateLimiter} and a {@code RedisCache} cost a cold start: fresh
 * {@code java} processes ({@link ColdStartTrioClient}) each build the three and make one call
 * through each, against the local server behind a relay that counts the TCP connections each
 * process opens. On loopback a connection costs well under a millisecond; against Upstash each
 * one is a TCP and TLS handshake (one or two round trips more), so the count is the figure that
 * carries over, not the times.
 *
 * <pre>
 * mvn -q -B -o -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.ColdStartTrio [rounds] [other classpath]
 * </pre>
 *
 * The child runs on this process's classpath. Given another (the benchmark classes and another
 * build of core and ratelimit), the two take turns, so a change in the machine's load hits both.
 */
public final class ColdStartTrio {
  private static final String[] STEPS = {"build Redis", "first GET", "build RateLimiter",
      "first limit()", "build RedisCache", "first cache get()"};

  private ColdStartTrio() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> classpaths = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    if (args.length > 1) {
      classpaths.add(args[1]);
    }
    int n = classpaths.size();
    try (LocalRedisServer server = LocalRedisServer.builder().token("restredis-bench").start();
        Relay relay = new Relay(URI.create(server.url()).getPort())) {
      try (io.github.restredis.Redis setup = io.github.restredis.Redis.builder()
          .url(server.url()).token(server.token()).build()) {
        setup.set(ColdStart.KEY, "cold");
      }
      double[][][] times = new double[n][STEPS.length][rounds];
      int[][] connections = new int[n][rounds];
      for (String classpath : classpaths) {
        run(relay, server.token(), classpath); // unmeasured: warms the OS file cache
      }
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < n; k++) {
          int c = (k + round) % n; // alternate which goes first
          int before = relay.accepted.get();
          double[] steps = run(relay, server.token(), classpaths.get(c));
          connections[c][round] = relay.accepted.get() - before;
          for (int i = 0; i < STEPS.length; i++) {
            times[c][i][round] = steps[i];
          }
        }
      }
      for (int c = 0; c < n; c++) {
        System.out.println(c == 0 ? "this classpath:" : "other classpath:");
        System.out.println("TCP connections opened per process: "
            + Arrays.toString(connections[c]));
        for (int i = 0; i < STEPS.length; i++) {
          double[] t = times[c][i].clone();
          Arrays.sort(t);
          System.out.printf(Locale.ROOT, "%-18s median %7.2f ms  (min %.2f, max %.2f)%n",
              STEPS[i], t[t.length / 2], t[0], t[t.length - 1]);
        }
      }
    }
  }

  private static double[] run(Relay relay, String token, String classpath)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
        classpath, ColdStartTrioClient.class.getName()));
    builder.environment().put("UPSTASH_REDIS_REST_URL", "http://127.0.0.1:" + relay.port());
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN", token);
    File errors = File.createTempFile("restredis-trio", ".err");
    try {
      builder.redirectError(errors);
      Process process = builder.start();
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the child did not exit");
      }
      if (process.exitValue() != 0 || line == null) {
        throw new IllegalStateException("the child exited with " + process.exitValue()
            + "; stderr: " + Files.readString(errors.toPath()));
      }
      return Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    } finally {
      Files.deleteIfExists(errors.toPath());
    }
  }

  /** A loopback TCP relay to the server that counts the connections it accepts. */
  private static final class Relay implements AutoCloseable {
    final AtomicInteger accepted = new AtomicInteger();
    private final ServerSocket socket;
    private final int upstreamPort;

    Relay(int upstreamPort) throws IOException {
      this.upstreamPort = upstreamPort;
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "relay-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          accepted.incrementAndGet();
          Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
          client.setTcpNoDelay(true);
          upstream.setTcpNoDelay(true);
          pump(client, upstream);
          pump(upstream, client);
        } catch (IOException e) {
          return;
        }
      }
    }

    private static void pump(Socket from, Socket to) {
      Thread t = new Thread(() -> {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            out.flush();
          }
        } catch (IOException ignored) {
          // The other side closed; closing both ends below ends the other pump too.
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      }, "relay-pump");
      t.setDaemon(true);
      t.start();
    }

    private static void closeQuietly(Socket s) {
      try {
        s.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
