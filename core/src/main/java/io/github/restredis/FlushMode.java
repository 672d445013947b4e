package io.github.restredis;

/** How {@code FLUSHALL}, {@code FLUSHDB}, {@code SCRIPT FLUSH} and {@code FUNCTION FLUSH} free memory. */
public enum FlushMode {
  /** Free memory before replying. */
  SYNC,
  /** Reply at once and free memory in the background; the data is gone either way. */
  ASYNC
}
