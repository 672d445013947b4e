package io.github.restredis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stream entry: its ID and its fields in the order they were added.
 *
 * <pre>{@code
 * for (StreamEntry e : redis.xrange("events", "-", "+")) {
 *   System.out.println(e.id() + " " + e.fields().get("type"));
 * }
 * }</pre>
 *
 * @param id the entry ID, such as {@code 1700000000000-0}
 * @param fields the fields and values in stream order, unmodifiable; empty for an entry that was
 *     deleted while pending in a consumer group (XREADGROUP history, XCLAIM on Redis 6)
 */
public record StreamEntry(String id, Map<String, String> fields) {
  /**
   * Checks and copies the fields, keeping their order.
   *
   * @param id the entry ID
   * @param fields the fields and values
   */
  public StreamEntry {
    Objects.requireNonNull(id, "id == null");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * {@return whether the entry was deleted while still pending: Redis then sends its ID alone}
   * A stored entry always has at least one field.
   */
  public boolean isDeleted() {
    return fields.isEmpty();
  }
}
