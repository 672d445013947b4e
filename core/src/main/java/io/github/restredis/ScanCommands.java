package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Scans;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Cursor iteration of {@link Redis}: SCAN over keys, HSCAN, SSCAN and ZSCAN over one key. Each
 * command comes as a single page ({@link #scan(String, ScanArgs)}) and as a lazy {@link Iterator}
 * and {@link Stream} that request the next page only when the caller consumes past the current one.
 *
 * <pre>{@code
 * try (Stream<String> keys = redis.scanStream(ScanArgs.Builder.match("session:*").count(1000))) {
 *   keys.limit(10).forEach(System.out::println); // stops requesting pages after 10 keys
 * }
 * }</pre>
 *
 * <p>Redis guarantees that an element present for the whole iteration is returned at least once;
 * it may return one more than once (when a table is resized) and may or may not return elements
 * added or removed meanwhile. Deduplicate if that matters. Iterators and streams are not
 * thread-safe; a failed page request throws from {@code hasNext()} or the stream operation.
 */
public sealed interface ScanCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Reads one page of keys (SCAN).
   *
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH, COUNT and TYPE
   * @return the keys of the page and the next cursor
   */
  default ScanPage<String> scan(String cursor, ScanArgs args) {
    return run(Scans.scan(cursor, args));
  }

  /**
   * Iterates over all keys lazily, one SCAN per page.
   *
   * @param args MATCH, COUNT and TYPE
   * @return an iterator that sends the first SCAN on its first {@code hasNext()}
   */
  default Iterator<String> scanIterator(ScanArgs args) {
    Objects.requireNonNull(args, "args == null");
    return new ScanIterator<>(cursor -> scan(cursor, args));
  }

  /**
   * Streams all keys lazily, one SCAN per page.
   *
   * @param args MATCH, COUNT and TYPE
   * @return a sequential stream that sends nothing until a terminal operation
   */
  default Stream<String> scanStream(ScanArgs args) {
    Objects.requireNonNull(args, "args == null");
    return ScanIterator.stream(cursor -> scan(cursor, args));
  }

  /**
   * Reads one page of a hash's fields and values (HSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return field/value entries of the page and the next cursor
   */
  default ScanPage<Map.Entry<String, String>> hscan(String key, String cursor, ScanArgs args) {
    return run(Scans.hscan(key, cursor, args));
  }

  /**
   * Iterates over a hash's fields and values lazily, one HSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return an iterator of field/value entries
   */
  default Iterator<Map.Entry<String, String>> hscanIterator(String key, ScanArgs args) {
    Scans.checkKeyed("HSCAN", key, args);
    return new ScanIterator<>(cursor -> hscan(key, cursor, args));
  }

  /**
   * Streams a hash's fields and values lazily, one HSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return a sequential stream of field/value entries
   */
  default Stream<Map.Entry<String, String>> hscanStream(String key, ScanArgs args) {
    Scans.checkKeyed("HSCAN", key, args);
    return ScanIterator.stream(cursor -> hscan(key, cursor, args));
  }

  /**
   * Reads one page of a set's members (SSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return the members of the page and the next cursor
   */
  default ScanPage<String> sscan(String key, String cursor, ScanArgs args) {
    return run(Scans.sscan(key, cursor, args));
  }

  /**
   * Iterates over a set's members lazily, one SSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return an iterator of members
   */
  default Iterator<String> sscanIterator(String key, ScanArgs args) {
    Scans.checkKeyed("SSCAN", key, args);
    return new ScanIterator<>(cursor -> sscan(key, cursor, args));
  }

  /**
   * Streams a set's members lazily, one SSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return a sequential stream of members
   */
  default Stream<String> sscanStream(String key, ScanArgs args) {
    Scans.checkKeyed("SSCAN", key, args);
    return ScanIterator.stream(cursor -> sscan(key, cursor, args));
  }

  /**
   * Reads one page of a sorted set's members and scores (ZSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return member/score pairs of the page and the next cursor
   */
  default ScanPage<ScoredValue> zscan(String key, String cursor, ScanArgs args) {
    return run(Scans.zscan(key, cursor, args));
  }

  /**
   * Iterates over a sorted set's members and scores lazily, one ZSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return an iterator of member/score pairs
   */
  default Iterator<ScoredValue> zscanIterator(String key, ScanArgs args) {
    Scans.checkKeyed("ZSCAN", key, args);
    return new ScanIterator<>(cursor -> zscan(key, cursor, args));
  }

  /**
   * Streams a sorted set's members and scores lazily, one ZSCAN per page.
   *
   * @param key the key
   * @param args MATCH and COUNT; TYPE is refused
   * @return a sequential stream of member/score pairs
   */
  default Stream<ScoredValue> zscanStream(String key, ScanArgs args) {
    Scans.checkKeyed("ZSCAN", key, args);
    return ScanIterator.stream(cursor -> zscan(key, cursor, args));
  }
}
