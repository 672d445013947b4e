package io.github.restredis.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@code redis-server} process started here on a free loopback port, without persistence, and
 * stopped on {@link #close()}, or else once the JVM is gone.
 *
 * <p>It runs in a session of its own where {@code setsid} exists (Linux), so a terminal's Ctrl-C,
 * which signals the JVM's whole process group, reaches the JVM only: the application's shutdown
 * hooks can still use Redis while they close. A watcher (see {@link ChildGuard}) stops it when the
 * JVM has ended without closing it, by an exit or by SIGKILL alike. Where there is no {@code
 * /bin/sh} for the watcher, a shutdown hook stops it instead, and a JVM killed hard leaves it
 * running.
 */
public final class RedisProcess implements AutoCloseable {
  private static final String EMBEDDED_PREFIX = "redis-server-";
  private static @Nullable Path extractedEmbedded;

  private final Process process;
  /** Stops {@link #process} once this JVM is gone; null where it could not be started. */
  private final @Nullable Process watcher;
  private final Path directory;
  private final int port;
  private final @Nullable Thread shutdownHook;

  private RedisProcess(Process process, Path directory, int port) {
    this.process = process;
    this.directory = directory;
    this.port = port;
    this.watcher = ChildGuard.watch(process);
    if (watcher == null) {
      // Hooks run concurrently: this one may stop Redis before the application's hooks are done.
      this.shutdownHook = new Thread(process::destroyForcibly, "restredis-redis-stop");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } else {
      this.shutdownHook = null;
    }
  }

  /** The {@code redis-server} found on the PATH, or null if there is none. */
  public static @Nullable Path findOnPath() {
    return ChildGuard.onPath("redis-server");
  }

  /**
   * The Redis binary shipped inside the {@code embedded-redis} artifact for this OS and CPU, copied
   * to a temporary file once per JVM.
   *
   * @throws IOException if the artifact has no binary for this platform
   */
  public static synchronized Path embeddedBinary() throws IOException {
    if (extractedEmbedded != null && Files.isExecutable(extractedEmbedded)) {
      return extractedEmbedded;
    }
    String resource = embeddedResourceName();
    try (InputStream in = RedisProcess.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("No embedded Redis binary on the class path: " + resource);
      }
      Path dir = Files.createTempDirectory("restredis-embedded-");
      Path binary = dir.resolve(resource);
      Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
      if (!binary.toFile().setExecutable(true)) {
        throw new IOException("Cannot make " + binary + " executable");
      }
      binary.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      extractedEmbedded = binary;
      return binary;
    }
  }

  private static String embeddedResourceName() throws IOException {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
    if (os.contains("linux") && x64) {
      return EMBEDDED_PREFIX + "6.2.6-v5-linux-amd64";
    }
    if (os.contains("linux") && arm64) {
      return EMBEDDED_PREFIX + "6.2.7-linux-arm64";
    }
    if ((os.contains("mac") || os.contains("darwin")) && x64) {
      return EMBEDDED_PREFIX + "6.2.6-v5-darwin-amd64";
    }
    if ((os.contains("mac") || os.contains("darwin")) && arm64) {
      return EMBEDDED_PREFIX + "6.2.6-v5-darwin-arm64";
    }
    throw new IOException("No embedded Redis binary for " + os + "/" + arch
        + "; install redis-server or pass a redis:// URL");
  }

  /** Starts {@code binary} on a free loopback port and waits until it answers PING. */
  public static RedisProcess start(Path binary) throws IOException {
    IOException last = null;
    // A free port can be taken by someone else between probing and binding: try a few.
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path dir = Files.createTempDirectory("restredis-redis-");
      List<String> command = new ArrayList<>(List.of(
          binary.toString(),
          "--port", Integer.toString(port),
          "--bind", "127.0.0.1",
          "--save", "",
          "--appendonly", "no",
          "--protected-mode", "no",
          "--daemonize", "no",
          "--dir", dir.toString()));
      Process process = new ProcessBuilder(ChildGuard.ownSession(command))
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("redis.log").toFile())
          .start();
      RedisProcess started = new RedisProcess(process, dir, port);
      try {
        started.awaitReady();
        return started;
      } catch (IOException e) {
        last = new IOException(e.getMessage() + "; log: " + started.logTail(), e);
        started.close();
      }
    }
    throw last;
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("redis-server exited with status " + process.exitValue());
      }
      try (RespConnection connection = RespConnection.open(endpoint(), 1_000)) {
        Object pong = connection.call(List.of("PING".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        if (pong instanceof Resp.SimpleString) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for redis-server", e);
      }
    }
    throw new IOException("redis-server did not answer PING within 15 s", last);
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("redis.log"));
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Where this process listens. */
  public RedisEndpoint endpoint() {
    return RedisEndpoint.loopback(port);
  }

  /** {@return the process id of {@code redis-server}} */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (watcher != null) {
      // First, so that it never signals the pid once Redis is gone and the pid may be reused.
      watcher.destroy();
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException ignored) {
        // The JVM is already shutting down; the hook runs anyway.
      }
    }
    deleteQuietly(directory);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temp directory left behind is harmless.
    }
  }
}
