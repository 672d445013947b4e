package io.github.restredis.queue.internal;

import io.github.restredis.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The queue's scripts, one per state change. Each starts with Upstash's key-locking shebang and
 * touches only the keys it is given, so that a queue is a fixed set of keys.
 */
public final class Lua {
  private static final String WRITES = "#!lua flags=allow-key-locking\n";

  /** Stores new jobs; a retry of the same call finds its own ids and stores nothing twice. */
  public static final Script ENQUEUE = writing("enqueue").withIdempotent(true);
  /** Sweeps the timeline and leases ready jobs: never sent twice, a lost reply costs one lease. */
  public static final Script DEQUEUE = writing("dequeue");
  /** Marks a leased job succeeded. */
  public static final Script ACK = writing("ack").withIdempotent(true);
  /** Schedules a retry of a leased job, or dead-letters it. */
  public static final Script NACK = writing("nack").withIdempotent(true);
  /** Extends leases and records progress. */
  public static final Script TOUCH = writing("touch").withIdempotent(true);
  /** Cancels a job that has not finished. */
  public static final Script CANCEL = writing("cancel").withIdempotent(true);
  /** Hands leased jobs back without counting the delivery. */
  public static final Script RELEASE = writing("release").withIdempotent(true);
  /** Moves dead-lettered jobs back to the ready set. */
  public static final Script REDRIVE = writing("redrive");
  /**
   * Reads a page of the dead-letter list with the jobs' records and payloads. Sent with EVALSHA,
   * not EVALSHA_RO, which Redis 6.2 lacks; it writes nothing, so it is idempotent.
   */
  public static final Script INSPECT_DEAD = writing("inspect-dead").withIdempotent(true);
  /** Reads the sizes and counters; like {@link #INSPECT_DEAD}, a plain script that writes nothing. */
  public static final Script METRICS = writing("metrics").withIdempotent(true);

  private Lua() {}

  private static Script writing(String name) {
    return Script.of(WRITES + resource("common") + resource(name));
  }

  static String resource(String name) {
    try (InputStream in = Lua.class.getResourceAsStream(name + ".lua")) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + name + ".lua");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
