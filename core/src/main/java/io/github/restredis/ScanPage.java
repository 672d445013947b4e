package io.github.restredis;

import java.util.List;
import java.util.Objects;

/**
 * One page of a SCAN-family reply: the cursor to pass next and the elements of this page.
 *
 * <pre>{@code
 * String cursor = "0";
 * do {
 *   ScanPage<String> page = redis.scan(cursor, ScanArgs.Builder.match("user:*"));
 *   page.items().forEach(System.out::println);
 *   cursor = page.cursor();
 * } while (!page.isLast());
 * }</pre>
 *
 * <p>Redis may return an element more than once across pages (while a table is resized) and pages
 * may be empty before the end; only cursor {@code 0} ends an iteration.
 *
 * @param cursor the cursor for the next call, {@code "0"} when the iteration is complete
 * @param items the elements of this page, unmodifiable
 * @param <T> the element type
 */
public record ScanPage<T>(String cursor, List<T> items) {
  /**
   * Checks and copies the page.
   *
   * @param cursor the next cursor
   * @param items the elements
   */
  public ScanPage {
    Objects.requireNonNull(cursor, "cursor == null");
    items = List.copyOf(items);
  }

  /** {@return whether this is the last page, its cursor being {@code "0"}} */
  public boolean isLast() {
    return "0".equals(cursor);
  }
}
