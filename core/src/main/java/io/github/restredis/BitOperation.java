package io.github.restredis;

/** The operation of {@code BITOP}. */
public enum BitOperation {
  /** Bitwise AND of all sources. */
  AND,
  /** Bitwise OR of all sources. */
  OR,
  /** Bitwise XOR of all sources. */
  XOR,
  /** Bitwise NOT of exactly one source. */
  NOT,
  /** Bits set in the first source and in none of the others (Redis 8.2). */
  DIFF,
  /** Bits set in one or more of the other sources but not in the first (Redis 8.2). */
  DIFF1,
  /** Bits set in the first source and in at least one of the others (Redis 8.2). */
  ANDOR,
  /** Bits set in exactly one source (Redis 8.2). */
  ONE
}
