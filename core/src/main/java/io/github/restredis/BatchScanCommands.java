// Generated from ScanCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ScanCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Scans;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ScanCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchScanCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Reads one page of keys (SCAN).
   *
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH, COUNT and TYPE
   * @return a response that holds, after exec, the keys of the page and the next cursor
   */
  default Response<ScanPage<String>> scan(String cursor, ScanArgs args) {
    return run(Scans.scan(cursor, args));
  }

  /**
   * Reads one page of a hash's fields and values (HSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return a response that holds, after exec, field/value entries of the page and the next cursor
   */
  default Response<ScanPage<Map.Entry<String, String>>> hscan(String key, String cursor, ScanArgs args) {
    return run(Scans.hscan(key, cursor, args));
  }

  /**
   * Reads one page of a set's members (SSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return a response that holds, after exec, the members of the page and the next cursor
   */
  default Response<ScanPage<String>> sscan(String key, String cursor, ScanArgs args) {
    return run(Scans.sscan(key, cursor, args));
  }

  /**
   * Reads one page of a sorted set's members and scores (ZSCAN).
   *
   * @param key the key
   * @param cursor {@code "0"} to start, then the cursor of the previous page
   * @param args MATCH and COUNT; TYPE is refused
   * @return a response that holds, after exec, member/score pairs of the page and the next cursor
   */
  default Response<ScanPage<ScoredValue>> zscan(String key, String cursor, ScanArgs args) {
    return run(Scans.zscan(key, cursor, args));
  }
}
