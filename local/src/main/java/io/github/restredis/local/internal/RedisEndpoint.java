package io.github.restredis.local.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Where a backing Redis listens and how to log in: parsed from {@code redis://} or {@code rediss://}.
 *
 * @param host host name or address
 * @param port TCP port
 * @param username ACL user, or null for the default user
 * @param password password, or null when none is needed; never printed
 * @param database database index from the URL path
 * @param tls whether to connect with TLS ({@code rediss://})
 */
public record RedisEndpoint(
    String host,
    int port,
    @Nullable String username,
    @Nullable String password,
    int database,
    boolean tls) {

  /** A plain-text endpoint on loopback, as used for a Redis process started here. */
  public static RedisEndpoint loopback(int port) {
    return new RedisEndpoint("127.0.0.1", port, null, null, 0, false);
  }

  /** Parses {@code redis://[user:password@]host[:port][/db]} or the same with {@code rediss}. */
  public static RedisEndpoint parse(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a Redis URL (expected redis://host:port)");
    }
    String scheme = uri.getScheme();
    if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw new IllegalArgumentException("Redis URL must start with redis:// or rediss://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Redis URL has no host");
    }
    String username = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        password = decode(userInfo);
      } else {
        String user = decode(userInfo.substring(0, colon));
        username = user.isEmpty() ? null : user;
        password = decode(userInfo.substring(colon + 1));
      }
    }
    int database = 0;
    String path = uri.getPath();
    if (path != null && path.length() > 1) {
      try {
        database = Integer.parseInt(path.substring(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Redis URL path must be a database number");
      }
    }
    int port = uri.getPort() == -1 ? 6379 : uri.getPort();
    return new RedisEndpoint(uri.getHost(), port, username, password, database, "rediss".equals(scheme));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  SocketFactory socketFactory() {
    return tls ? SSLSocketFactory.getDefault() : SocketFactory.getDefault();
  }

  /** The URL without its password, safe to log. */
  @Override
  public String toString() {
    String auth = password == null ? "" : (username == null ? "" : username) + ":***@";
    return (tls ? "rediss://" : "redis://") + auth + host + ":" + port + (database == 0 ? "" : "/" + database);
  }
}
