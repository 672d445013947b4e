package io.github.restredis.examples;

import io.github.restredis.local.LocalRedisServer;

/**
 * Where an example sends its commands: the Upstash database named by the environment, or else a
 * local server started in-process in front of a real Redis. Public so that examples in
 * subpackages (the HTTP API) start the same way.
 */
public final class Target implements AutoCloseable {
  private final String url;
  private final String token;
  private final LocalRedisServer local;

  private Target(String url, String token, LocalRedisServer local) {
    this.url = url;
    this.token = token;
    this.local = local;
  }

  /** {@return the database named by {@code UPSTASH_REDIS_REST_URL}/{@code _TOKEN}, else a local server; says which} */
  public static Target fromEnvOrLocal() {
    String url = System.getenv("UPSTASH_REDIS_REST_URL");
    String token = System.getenv("UPSTASH_REDIS_REST_TOKEN");
    if (url != null && !url.isBlank() && token != null && !token.isBlank()) {
      System.out.println("Using the Upstash database at " + url);
      return new Target(url, token, null);
    }
    LocalRedisServer server = LocalRedisServer.start();
    System.out.println("UPSTASH_REDIS_REST_URL/_TOKEN not set: using a local server at " + server.url()
        + " in front of " + server.redisDescription());
    return new Target(server.url(), server.token(), server);
  }

  /** {@return the REST URL} */
  public String url() {
    return url;
  }

  /** {@return the REST token} */
  public String token() {
    return token;
  }

  /** Stops the local server, if one was started. */
  @Override
  public void close() {
    if (local != null) {
      local.close();
    }
  }
}
