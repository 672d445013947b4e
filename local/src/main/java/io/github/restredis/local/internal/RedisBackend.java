package io.github.restredis.local.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.restredis.local.RedisSource;
import org.jspecify.annotations.Nullable;

/**
 * The Redis behind the server: a connection pool, the process when we started one, and what it is.
 */
public final class RedisBackend implements AutoCloseable {
  private final RedisSource kind;
  private final ConnectionPool pool;
  private final @Nullable RedisProcess process;
  private final String version;
  private final String description;

  private RedisBackend(RedisSource kind, ConnectionPool pool, @Nullable RedisProcess process, String where)
      throws IOException {
    this.kind = kind;
    this.pool = pool;
    this.process = process;
    this.version = readVersion(pool);
    this.description = "Redis " + version + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ")";
  }

  /** Connects to a Redis the user runs. */
  public static RedisBackend connect(String url, int maxIdle) throws IOException {
    RedisEndpoint endpoint = RedisEndpoint.parse(url);
    ConnectionPool pool = new ConnectionPool(endpoint, maxIdle);
    try {
      return new RedisBackend(RedisSource.URL, pool, null, endpoint.toString());
    } catch (IOException | RuntimeException e) {
      pool.close();
      throw new IOException("Cannot reach Redis at " + endpoint + ": " + e.getMessage(), e);
    }
  }

  /** Starts a Redis process from {@code binary}. */
  public static RedisBackend start(RedisSource kind, Path binary, int maxIdle) throws IOException {
    RedisProcess process = RedisProcess.start(binary);
    ConnectionPool pool = new ConnectionPool(process.endpoint(), maxIdle);
    try {
      return new RedisBackend(kind, pool, process, binary + " on " + process.endpoint());
    } catch (IOException | RuntimeException e) {
      pool.close();
      process.close();
      throw e;
    }
  }

  private static String readVersion(ConnectionPool pool) throws IOException {
    RespConnection connection = pool.borrow();
    try {
      Object info = connection.call(List.of(ascii("INFO"), ascii("server")));
      if (info instanceof byte[] bytes) {
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
          if (line.startsWith("redis_version:")) {
            return line.substring("redis_version:".length()).trim();
          }
        }
      }
      throw new IOException("INFO server did not report redis_version: " + info);
    } finally {
      pool.release(connection);
    }
  }

  /** Where this Redis came from. */
  public RedisSource kind() {
    return kind;
  }

  /** The version Redis reports, such as {@code 7.0.15}. */
  public String version() {
    return version;
  }

  /** The major version, such as 7. */
  public int majorVersion() {
    return Integer.parseInt(version.split("\\.")[0]);
  }

  /** A one-line description for logs: version, kind and address (never a password). */
  public String description() {
    return description;
  }

  /** The connection pool. */
  public ConnectionPool pool() {
    return pool;
  }

  /** Runs one command outside the REST layer (administration by the server itself). */
  public @Nullable Object call(String... command) throws IOException {
    List<byte[]> arguments = new java.util.ArrayList<>();
    for (String argument : command) {
      arguments.add(argument.getBytes(StandardCharsets.UTF_8));
    }
    RespConnection connection = pool.borrow();
    try {
      return connection.call(arguments);
    } finally {
      pool.release(connection);
    }
  }

  /** Calls per command from {@code INFO commandstats}, by lower-case command name. */
  public Map<String, Long> commandStats() throws IOException {
    Object info = call("INFO", "commandstats");
    Map<String, Long> stats = new LinkedHashMap<>();
    if (info instanceof byte[] bytes) {
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
        // cmdstat_get:calls=2,usec=5,usec_per_call=2.50,...
        if (line.startsWith("cmdstat_")) {
          int colon = line.indexOf(':');
          String name = line.substring("cmdstat_".length(), colon);
          for (String field : line.substring(colon + 1).split(",")) {
            if (field.startsWith("calls=")) {
              stats.put(name, Long.parseLong(field.substring("calls=".length())));
            }
          }
        }
      }
    }
    return stats;
  }

  @Override
  public void close() {
    pool.close();
    if (process != null) {
      process.close();
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
