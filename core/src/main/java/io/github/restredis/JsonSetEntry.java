package io.github.restredis;

import java.util.Objects;

/**
 * One key, path and value of {@code JSON.MSET}.
 *
 * @param key the key
 * @param path the JSONPath, {@code $} for the whole document
 * @param json the value as JSON text, such as {@code {"a":1}} or {@code "text"} (quoted)
 */
public record JsonSetEntry(String key, String path, String json) {
  /**
   * Checks the values.
   *
   * @param key the key
   * @param path the path
   * @param json the JSON text
   */
  public JsonSetEntry {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(json, "json == null");
  }
}
