package io.github.restredis;

/**
 * An end of a list: where LMOVE takes and puts an element and where LMPOP pops.
 *
 * <pre>{@code
 * redis.lmove("jobs", "running", ListDirection.RIGHT, ListDirection.LEFT);
 * }</pre>
 */
public enum ListDirection {
  /** The head: index 0, where LPUSH adds. */
  LEFT,
  /** The tail: index -1, where RPUSH adds. */
  RIGHT
}
