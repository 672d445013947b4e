package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpServer;
import io.github.restredis.Redis;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.examples.Target;
import io.github.restredis.micrometer.RedisMetrics;
import io.github.restredis.queue.Queue;
import io.github.restredis.queue.Worker;
import io.github.restredis.ratelimit.RateLimiter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP service on the JDK's built-in server: a rate limit per client address, products
 * served through cache-aside in front of a slow repository, {@code /health}, {@code
 * /cache/stats}, Prometheus {@code /metrics}, and report jobs run by a background worker.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java
 * -Dexample=io.github.restredis.examples.api.ExampleApi}: against Upstash when {@code
 * UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local
 * server. {@code PORT} (or the first argument; 0 for any free port), {@code HOST} and {@code
 * TRUST_PROXY} configure it (see {@link ApiSettings#fromEnv}).
 */
public final class ExampleApi implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ExampleApi.class);

  private final HttpServer server;
  private final ProductRepository repository;
  /** Everything to close, the last opened first. */
  private final Deque<AutoCloseable> resources;

  private ExampleApi(HttpServer server, ProductRepository repository, Deque<AutoCloseable> resources) {
    this.server = server;
    this.repository = repository;
    this.resources = resources;
  }

  /**
   * Starts the service and its worker.
   *
   * @param redisUrl the REST URL
   * @param redisToken the REST token
   * @param settings where to listen, the proxy and the rate limit
   * @return the running service; close it to stop everything it started
   * @throws IOException if the port cannot be bound
   */
  public static ExampleApi start(String redisUrl, String redisToken, ApiSettings settings) throws IOException {
    Deque<AutoCloseable> opened = new ArrayDeque<>();
    try {
      // One client for the whole service. The limiter and the cache derive their own from it, on
      // its connections but without retries and with short deadlines: for them a late answer is
      // worth less than none.
      Redis redis = Redis.builder().url(redisUrl).token(redisToken).build();
      opened.push(redis);
      Json json = new Json(redis.moshi());

      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      opened.push(registry::close);
      // The shared client's requests, billed commands, retries, failures and bytes (the worker's
      // too: the queue uses this client). The limiter and the cache count theirs apart, below.
      new RedisMetrics(redis, Tags.of("client", "api")).bindTo(registry);
      new JvmMemoryMetrics().bindTo(registry); // cheap: read from MXBeans when scraped
      new JvmThreadMetrics().bindTo(registry);

      RateLimiter limiter = RateLimitFilter.newLimiter(redis, settings.rateLimit());
      opened.push(limiter);
      // Every request the limiter sends is billed like the service's own: one series per client.
      new RedisMetrics(limiter::metrics, Tags.of("client", "ratelimit")).bindTo(registry);

      ProductRepository repository = new ProductRepository();
      RedisCache<Product> cache = ProductHandler.newCache(redis);
      opened.push(cache);
      new RedisMetrics(cache::metrics, Tags.of("client", "cache")).bindTo(registry);

      Queue<ReportJob.Request> reports =
          Queue.builder(redis, "example-api-reports", ReportJob.Request.class).build();
      Worker<ReportJob.Request> worker = ReportJob.startWorker(reports);
      opened.push(worker);

      HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
      // The default runs every exchange on one thread: one slow repository call would stall all.
      AtomicInteger threads = new AtomicInteger();
      ExecutorService executor = Executors.newFixedThreadPool(16,
          r -> new Thread(r, "example-api-http-" + threads.incrementAndGet()));
      opened.push(executor::shutdown);
      server.setExecutor(executor);
      new Routes(server, registry, new RateLimitFilter(limiter, settings, json, registry))
          .limited("/products/", new ProductHandler(json, cache, repository))
          .limited("/jobs", new SubmitJobHandler(json, reports))
          .limited("/jobs/", new JobStatusHandler(json, reports))
          // In production these belong on a port the public cannot reach.
          .open("/health", new HealthHandler(json, redis, cache))
          .open("/cache/stats", new CacheStatsHandler(json, cache))
          .open("/metrics", new MetricsHandler(json, registry));
      server.start();
      opened.push(() -> server.stop(1)); // lets exchanges in progress finish, for up to 1 s
      return new ExampleApi(server, repository, opened);
    } catch (IOException | RuntimeException e) {
      closeAll(opened);
      throw e;
    }
  }

  /** {@return the port the service listens on} */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@return the service's base URL, such as {@code http://127.0.0.1:8080}} */
  public String url() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** {@return how many lookups reached the slow repository: what the cache saved shows here} */
  public long repositoryLookups() {
    return repository.lookups();
  }

  /** Stops the server, then the worker (running jobs may finish), the cache, the limiter and the client. */
  @Override
  public void close() {
    closeAll(resources);
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        log.warn("could not close a resource while stopping", e);
      }
    }
  }

  /**
   * Starts the service against Upstash or a local server, prints how to try it, and runs until
   * Ctrl-C.
   *
   * @param args an optional port
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    ApiSettings settings = ApiSettings.fromEnv(args, System.getenv());
    Target target = Target.fromEnvOrLocal();
    ExampleApi api;
    try {
      api = start(target.url(), target.token(), settings);
    } catch (IOException | RuntimeException e) {
      target.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      api.close();
      target.close();
      System.out.println("Stopped.");
    }, "example-api-shutdown"));
    Usage.print(api.url(), settings);
    // main returns; the server's threads keep the JVM running until Ctrl-C runs the hook above.
  }
}
