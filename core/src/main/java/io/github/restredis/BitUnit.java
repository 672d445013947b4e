package io.github.restredis;

/** The unit of the start and end offsets of {@code BITCOUNT} and {@code BITPOS} (Redis 7.0). */
public enum BitUnit {
  /** Offsets count bytes, the default. */
  BYTE,
  /** Offsets count bits. */
  BIT
}
