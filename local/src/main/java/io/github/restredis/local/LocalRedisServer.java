package io.github.restredis.local;

import com.sun.net.httpserver.HttpServer;
import io.github.restredis.local.internal.RedisBackend;
import io.github.restredis.local.internal.RedisProcess;
import io.github.restredis.local.internal.RestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Upstash-compatible Redis REST server on loopback, in front of a real Redis.
 *
 * <p>Which Redis, in this order: the {@link Builder#redisUrl(String) URL} given; else
 * {@code redis-server} from the PATH, started without persistence and stopped on {@link #close()};
 * else the Redis binary shipped in the {@code embedded-redis} Maven artifact.
 *
 * <p>A Redis started here runs in a session of its own where {@code setsid} exists (Linux): a
 * terminal's Ctrl-C, sent to the JVM's process group, reaches the JVM only, so the application's
 * shutdown hooks can still use Redis before they close this server. If the JVM ends without
 * closing it, by an exit or by SIGKILL alike, a small watcher process stops it. Without {@code
 * setsid} (macOS) it shares the JVM's group, and Ctrl-C stops it at once.
 *
 * <pre>{@code
 * try (LocalRedisServer server = LocalRedisServer.start()) {
 *   String url = server.url();     // http://127.0.0.1:PORT
 *   String token = server.token(); // random unless chosen
 *   // point UPSTASH_REDIS_REST_URL / _TOKEN, or a client builder, at these
 * }
 * }</pre>
 */
public final class LocalRedisServer implements AutoCloseable {
  /** Upstash's limit on the free and pay-as-you-go plans. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(LocalRedisServer.class);

  static {
    // Without TCP_NODELAY, keep-alive responses wait on delayed ACKs (40 ms per request on Linux).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final ThreadPoolExecutor threads;
  private final RestHandler handler;
  private final RedisBackend backend;
  private final String token;

  private LocalRedisServer(
      HttpServer http, ThreadPoolExecutor threads, RestHandler handler, RedisBackend backend, String token) {
    this.http = http;
    this.threads = threads;
    this.handler = handler;
    this.backend = backend;
    this.token = token;
  }

  /** {@return a started server with the defaults: a free port, a random token, the first Redis available} */
  public static LocalRedisServer start() {
    return builder().start();
  }

  /** {@return a builder for a server with chosen port, token, Redis or limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL to give a client, such as {@code http://127.0.0.1:8079}; no trailing slash} */
  public String url() {
    return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /** {@return the token clients must send as {@code Authorization: Bearer <token>}} */
  public String token() {
    return token;
  }

  /** {@return the TCP port the server listens on} */
  public int port() {
    return http.getAddress().getPort();
  }

  /** {@return where the Redis behind this server comes from} */
  public RedisSource redisSource() {
    return backend.kind();
  }

  /** {@return the version the Redis behind this server reports, such as {@code 7.0.15}} */
  public String redisVersion() {
    return backend.version();
  }

  /**
   * {@return whether the Redis behind this server is at least {@code version}}
   *
   * @param version dotted version numbers such as {@code "7.4"}
   * @throws IllegalArgumentException if {@code version} is not dotted numbers
   */
  public boolean redisVersionAtLeast(String version) {
    return RedisVersions.compare(backend.version(), version) >= 0;
  }

  /** {@return one line naming the Redis version, its source and its address (never a password)} */
  public String redisDescription() {
    return backend.description();
  }

  /** Deletes every key in every database of the Redis behind this server. */
  public void flushAll() {
    try {
      backend.call("FLUSHALL");
    } catch (IOException e) {
      throw new UncheckedIOException("FLUSHALL failed", e);
    }
  }

  /**
   * {@return calls per command since start or the last reset}
   *
   * <p>Calls per command since start or the last {@link #resetCommandStats()}, from Redis's
   * {@code INFO commandstats}; keys are lower-case command names ({@code "get"}, {@code "evalsha"}).
   * Upstash bills each of these calls.
   */
  public Map<String, Long> commandStats() {
    try {
      return backend.commandStats();
    } catch (IOException e) {
      throw new UncheckedIOException("INFO commandstats failed", e);
    }
  }

  /** Resets the counters {@link #commandStats()} reads ({@code CONFIG RESETSTAT}). */
  public void resetCommandStats() {
    try {
      backend.call("CONFIG", "RESETSTAT");
    } catch (IOException e) {
      throw new UncheckedIOException("CONFIG RESETSTAT failed", e);
    }
  }

  /** Stops serving, closes the Redis connections and stops a Redis process this server started. */
  @Override
  public void close() {
    http.stop(0);
    handler.close();
    threads.shutdownNow();
    backend.close();
    log.info("Stopped local Upstash REST server on port {}", port());
  }

  /** {@return the URL and Redis description; the token is never part of this text} */
  @Override
  public String toString() {
    return "LocalRedisServer{url=" + url() + ", redis=" + backend.description() + "}";
  }

  /** Options for a {@link LocalRedisServer}; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private @Nullable String token;
    private @Nullable String redisUrl;
    private @Nullable RedisSource source;
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int maxThreads = 256;

    private Builder() {}

    /**
     * Sets the address to listen on; default {@code 127.0.0.1}.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /**
     * Sets the port to listen on; default 0, a free port.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the token clients must send; default a random one (see {@link LocalRedisServer#token()}).
     *
     * @param token printable ASCII without spaces
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token == null");
      if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
        throw new IllegalArgumentException("token must be non-empty printable ASCII without spaces");
      }
      this.token = token;
      return this;
    }

    /**
     * Serves in front of this Redis instead of starting one.
     *
     * @param redisUrl {@code redis://[user:password@]host[:port][/db]}, or the same with {@code rediss}
     * @return this builder
     */
    public Builder redisUrl(String redisUrl) {
      this.redisUrl = Objects.requireNonNull(redisUrl, "redisUrl == null");
      this.source = RedisSource.URL;
      return this;
    }

    /**
     * Insists on one source instead of the first available.
     *
     * @param source where Redis comes from; {@link RedisSource#URL} needs {@link #redisUrl(String)}
     * @return this builder
     */
    public Builder redisSource(RedisSource source) {
      this.source = Objects.requireNonNull(source, "source == null");
      return this;
    }

    /**
     * Sets the largest request body accepted; default 10 MiB, as on Upstash.
     *
     * @param maxRequestBytes a positive number of bytes
     * @return this builder
     */
    public Builder maxRequestBytes(long maxRequestBytes) {
      if (maxRequestBytes <= 0) {
        throw new IllegalArgumentException("maxRequestBytes <= 0");
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * Sets the most requests served at once; default 256. Open event streams do not count: each has
     * a thread of its own.
     *
     * @param maxThreads at least 2
     * @return this builder
     */
    public Builder maxThreads(int maxThreads) {
      if (maxThreads < 2) {
        throw new IllegalArgumentException("maxThreads < 2");
      }
      this.maxThreads = maxThreads;
      return this;
    }

    /**
     * Starts Redis if needed, then the HTTP server.
     *
     * @return the running server
     * @throws UncheckedIOException if no Redis can be reached or started, or the port is taken
     */
    public LocalRedisServer start() {
      String chosenToken = token != null ? token : randomToken();
      RedisBackend backend;
      try {
        backend = startBackend();
      } catch (IOException e) {
        throw new UncheckedIOException("No Redis for the local server: " + e.getMessage(), e);
      }
      try {
        AtomicInteger count = new AtomicInteger();
        // Up to maxThreads at once, then requests wait in the queue: the JDK server's dispatcher
        // must never see a rejected task, which would end it.
        ThreadPoolExecutor threads = new ThreadPoolExecutor(
            maxThreads, maxThreads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
              Thread thread = new Thread(r, "restredis-local-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
        threads.allowCoreThreadTimeOut(true);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 1024);
        RestHandler handler = new RestHandler(chosenToken, maxRequestBytes, backend);
        http.createContext("/", handler);
        http.setExecutor(threads);
        http.start();
        LocalRedisServer server = new LocalRedisServer(http, threads, handler, backend, chosenToken);
        log.info("Local Upstash REST server on {} in front of {}", server.url(), backend.description());
        return server;
      } catch (IOException | RuntimeException e) {
        backend.close();
        throw e instanceof IOException io
            ? new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), io)
            : (RuntimeException) e;
      }
    }

    private RedisBackend startBackend() throws IOException {
      int maxIdle = Math.max(16, maxThreads / 4);
      if (source == RedisSource.URL || (source == null && redisUrl != null)) {
        if (redisUrl == null) {
          throw new IOException("RedisSource.URL needs redisUrl(...)");
        }
        return RedisBackend.connect(redisUrl, maxIdle);
      }
      Path onPath = RedisProcess.findOnPath();
      if (source == RedisSource.PATH || (source == null && onPath != null)) {
        if (onPath == null) {
          throw new IOException("no redis-server on the PATH");
        }
        return RedisBackend.start(RedisSource.PATH, onPath, maxIdle);
      }
      return RedisBackend.start(RedisSource.EMBEDDED, RedisProcess.embeddedBinary(), maxIdle);
    }

    private static String randomToken() {
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
  }
}
