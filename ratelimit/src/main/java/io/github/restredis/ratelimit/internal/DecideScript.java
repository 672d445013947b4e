package io.github.restredis.ratelimit.internal;

import io.github.restredis.Reply;
import io.github.restredis.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one script behind every decision ({@code decide.lua}), in a writing and a read-only variant,
 * and the translation of parts into its KEYS and ARGV and of its reply into an {@link Outcome}.
 */
public final class DecideScript {
  private static final String BODY = load("decide.lua");

  /** Decides and counts: {@code limit}. */
  public static final Script LIMIT = Script.of("#!lua flags=allow-key-locking\n" + BODY);
  /** Only reads: {@code getRemaining}. */
  public static final Script PEEK =
      Script.readOnly("#!lua flags=allow-key-locking,no-writes\n" + BODY);

  private DecideScript() {}

  /**
   * The keys and arguments of one call.
   *
   * @param keys every key the script may touch, in the script's order
   * @param args its ARGV
   */
  public record Call(List<String> keys, List<String> args) {}

  /**
   * {@return the call deciding {@code rate} over {@code parts}}
   *
   * @param parts the limits and identifiers
   * @param rate what to consume (negative: refund; for a peek, 1)
   * @param now the caller's time, or its estimate of the server's
   * @param serverClock whether the script reads TIME; windows around {@code now} are declared
   *     then, as the script picks the one the server's clock falls in
   * @param peek whether this is the read-only variant
   */
  public static Call call(List<Part> parts, long rate, long now, boolean serverClock, boolean peek) {
    List<String> keys = new ArrayList<>();
    List<String> args = new ArrayList<>();
    args.add(peek ? "peek" : "limit");
    args.add(Long.toString(serverClock ? -1 : now));
    args.add(Long.toString(rate));
    args.add(Integer.toString(parts.size()));
    for (Part part : parts) {
      long base = 0;
      int count = 1;
      if (part.windowed()) {
        long window = Math.floorDiv(now, part.periodMillis());
        // The current window, the previous one for a sliding window and, reading the server's
        // clock, one more on each side.
        int before = (part.kind() == Part.SLIDING ? 1 : 0) + (serverClock ? 1 : 0);
        count = before + 1 + (serverClock ? 1 : 0);
        base = window - before;
        for (int i = 0; i < count; i++) {
          keys.add(part.windowKey(base + i));
        }
      } else {
        keys.add(part.baseKey());
      }
      boolean dynamic = part.dynamicKey() != null && part.globalDynamicKey() != null;
      if (dynamic) {
        keys.add(part.dynamicKey());
        keys.add(part.globalDynamicKey());
      }
      args.add(Integer.toString(part.kind()));
      args.add(Long.toString(part.limit()));
      args.add(Long.toString(part.periodMillis()));
      args.add(Long.toString(part.refillRate()));
      args.add(Long.toString(base));
      args.add(Integer.toString(count));
      args.add(dynamic ? "1" : "0");
    }
    return new Call(List.copyOf(keys), List.copyOf(args));
  }

  /**
   * {@return the script's reply as an outcome}
   *
   * @param reply the reply
   * @param parts how many parts were sent
   * @throws IllegalStateException if the reply does not have the script's shape
   */
  public static Outcome parse(Reply reply, int parts) {
    List<Reply> items = reply.asList();
    if (items.size() < 2) {
      throw new IllegalStateException("unexpected reply from the rate limit script: " + reply);
    }
    int code = (int) items.get(0).asLong();
    long now = items.get(1).asLong();
    if (code == Outcome.SKEW) {
      return new Outcome(code, now, List.of());
    }
    if (items.size() != 2 + 4 * parts || (code != Outcome.ALLOWED && code != Outcome.DENIED)) {
      throw new IllegalStateException("unexpected reply from the rate limit script: " + reply);
    }
    List<Outcome.PartOutcome> out = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      int at = 2 + 4 * i;
      out.add(new Outcome.PartOutcome(items.get(at).asLong() == 1, items.get(at + 1).asLong(),
          items.get(at + 2).asLong(), items.get(at + 3).asLong()));
    }
    return new Outcome(code, now, List.copyOf(out));
  }

  private static String load(String name) {
    try (InputStream in = DecideScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
