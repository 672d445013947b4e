package io.github.restredis.local;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalRedisServer} from the command line until it is stopped.
 *
 * <pre>
 * java -jar restredis-local-VERSION-standalone.jar [--port 8079] [--token T] [--redis-url redis://…]
 * </pre>
 */
public final class Main {
  private Main() {}

  /**
   * Parses the options, starts the server and prints the URL and token to use.
   *
   * @param args {@code --port N}, {@code --token T}, {@code --redis-url URL}, {@code --redis-source
   *     path|embedded}, {@code --host H}, {@code --max-request-bytes N}, {@code --help}
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    LocalRedisServer.Builder builder = LocalRedisServer.builder();
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help") || option.equals("-h")) {
          usage(System.out);
          return;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--port" -> builder.port(Integer.parseInt(value));
          case "--token" -> builder.token(value);
          case "--redis-url" -> builder.redisUrl(value);
          case "--redis-source" -> builder.redisSource(RedisSource.valueOf(value.toUpperCase(Locale.ROOT)));
          case "--host" -> builder.host(value);
          case "--max-request-bytes" -> builder.maxRequestBytes(Long.parseLong(value));
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      usage(System.err);
      System.exit(2);
      return;
    }
    LocalRedisServer server = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "restredis-local-shutdown"));
    System.out.println("Upstash-compatible REST server in front of " + server.redisDescription());
    System.out.println("UPSTASH_REDIS_REST_URL=" + server.url());
    System.out.println("UPSTASH_REDIS_REST_TOKEN=" + server.token());
    System.out.println("Serving until stopped (Ctrl-C).");
    System.out.flush();
    stopped.await();
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar restredis-local-standalone.jar [options]");
    out.println("  --port N               port to listen on (default: a free one)");
    out.println("  --token T              token clients must send (default: a random one, printed)");
    out.println("  --redis-url URL        serve in front of this Redis (redis:// or rediss://)");
    out.println("  --redis-source S       path (redis-server from PATH) or embedded (bundled Redis 6.2)");
    out.println("  --host H               address to listen on (default 127.0.0.1)");
    out.println("  --max-request-bytes N  largest request body (default 10485760)");
  }
}
