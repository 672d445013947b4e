package io.github.restredis;

/**
 * What deleting or trimming stream entries does to consumer groups' pending entries (Redis 8.2:
 * XDELEX, XACKDEL, and XADD/XTRIM trimming).
 */
public enum StreamDeletePolicy {
  /** Deletes the entries and keeps their references in pending lists (the default, as XDEL). */
  KEEPREF,
  /** Deletes the entries and removes them from every consumer group's pending list. */
  DELREF,
  /** Deletes only entries that every consumer group has read and acknowledged. */
  ACKED
}
