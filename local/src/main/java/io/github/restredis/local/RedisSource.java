package io.github.restredis.local;

/** Where the Redis behind a {@link LocalRedisServer} comes from. */
public enum RedisSource {
  /** A Redis the user runs, named by a {@code redis://} or {@code rediss://} URL. */
  URL,
  /** {@code redis-server} from the PATH, started on a free loopback port and stopped on close. */
  PATH,
  /**
   * The Redis 6.2 binary shipped inside the {@code com.github.codemonstur:embedded-redis} Maven
   * artifact, started like {@link #PATH}; used when no {@code redis-server} is installed.
   */
  EMBEDDED
}
