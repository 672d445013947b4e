package io.github.restredis.local.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A JVM that starts a {@code redis-server} and never closes it, for {@link RedisProcessIT}: it
 * prints the pid, then exits at once ({@code exit}) or waits to be killed ({@code wait}).
 */
public final class RedisProcessHolder {
  private RedisProcessHolder() {}

  public static void main(String[] args) throws Exception {
    Path binary = args.length > 1 && args[1].equals("embedded")
        ? RedisProcess.embeddedBinary()
        : Objects.requireNonNull(RedisProcess.findOnPath(), "no redis-server on the PATH");
    RedisProcess redis = RedisProcess.start(binary);
    System.out.println(redis.pid());
    System.out.flush();
    if (args[0].equals("exit")) {
      System.exit(0);
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
