package io.github.restredis;

import java.util.List;
import java.util.Objects;

/**
 * Values popped from the first non-empty key of several, as LMPOP and ZMPOP return them.
 *
 * <pre>{@code
 * KeyedValues<String> popped = redis.lmpop(ListDirection.LEFT, 10, "urgent", "normal");
 * if (popped != null) {
 *   popped.values().forEach(job -> run(popped.key(), job));
 * }
 * }</pre>
 *
 * @param key the key the values came from
 * @param values the values, in pop order, never empty; unmodifiable
 * @param <T> {@code String} for lists, {@link ScoredValue} for sorted sets
 */
public record KeyedValues<T>(String key, List<T> values) {
  /**
   * Checks and copies.
   *
   * @param key the key the values came from
   * @param values the values, in pop order
   */
  public KeyedValues {
    Objects.requireNonNull(key, "key == null");
    values = List.copyOf(values);
  }
}
