package io.github.restredis;

/**
 * An end of a sorted set: the lowest or the highest scores, where ZMPOP pops.
 *
 * <pre>{@code
 * KeyedValues<ScoredValue> due = redis.zmpop(MinMax.MIN, 10, "timers");
 * }</pre>
 */
public enum MinMax {
  /** The lowest scores. */
  MIN,
  /** The highest scores. */
  MAX
}
