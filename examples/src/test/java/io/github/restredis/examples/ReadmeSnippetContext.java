package io.github.restredis.examples;

import io.github.restredis.Redis;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.queue.Queue;
import io.github.restredis.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;

/**
 * What the Markdown docs' Java snippets assume without declaring it: the names a snippet uses as
 * if the surrounding code had them. {@link ReadmeSnippetsTest} compiles every snippet that is not a
 * whole class as the body (or the members) of a class extending this one, so each field here is a
 * variable the docs may use freely, and anything else a snippet uses must be declared in the
 * snippet or come from the imports listed in {@link ReadmeSnippetsTest#IMPORTS}.
 *
 * <p>Keep it small: a name belongs here only when several snippets share it, or when declaring it
 * in the snippet would bury the point of the example. Nothing here runs; the snippets are only
 * compiled, so every field is left null. It is public, as are its types, because each snippet
 * compiles in a package of its own.
 */
public abstract class ReadmeSnippetContext {
  // The clients a user has built once and shares.
  protected Redis redis;
  protected RateLimiter limiter;
  protected RedisCache<User> cache;
  protected Queue<Render> renders;
  /** The queue as a Lambda handler keeps it, built once per container. */
  protected static Queue<Render> RENDERS;

  // The application's own values.
  protected String id;
  protected String orderId;
  /** A client address, as a per-IP limit takes it. */
  protected String ip;
  protected Render job;
  protected List<Render> jobs;
  protected MeterRegistry registry;
  protected Logger log;

  /** A job's payload in the queue docs. */
  public record Render(String videoId, int height) {}

  /** A value cached by id in the cache docs. */
  public record User(String id, String name) {}

  /** A value computed from a SKU in the cache docs. */
  public record Price(long cents) {}

  /** The slow source behind a cache. */
  public interface UserRepository {
    User find(String id);
  }

  protected UserRepository repository;

  /** Another slow source, as a method reference. */
  public interface PricingService {
    Price quote(Long sku);
  }

  protected PricingService pricing;
  protected RedisCache<Price> prices;

  /** The work a queue's handler does with a payload (any payload type), returning its result. */
  protected Object render(Object payload) {
    return payload;
  }
}
