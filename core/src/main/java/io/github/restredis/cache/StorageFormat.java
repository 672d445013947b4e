package io.github.restredis.cache;

/**
 * How a cached value is stored in Redis.
 *
 * <p>{@link #ENVELOPE} (the default) stores a JSON object holding the value and the metadata that
 * XFetch, the grace period and negative caching need: {@code {"e":<fresh until, epoch ms>,
 * "d":<recompute time, ms>,"v":<value>}}, or {@code "n":true} instead of {@code "v"} for a cached
 * absence. Any JSON reader, such as the official TypeScript SDK, reads it as that object, with the
 * value under {@code v}.
 *
 * <p>{@link #PLAIN_JSON} stores exactly the value's JSON, so the official TypeScript SDK's {@code
 * redis.get(key)} returns the same object; a cached absence is the JSON {@code null}, which that
 * SDK also reads as null. The key's TTL is the entry's fresh lifetime. What it gives up and how it
 * keeps the rest:
 *
 * <ul>
 *   <li>XFetch reads the key's remaining TTL in the same request as its value (one read-only
 *       script: GET and PTTL), and uses this process's average load time as the recompute time,
 *       since none is stored.
 *   <li>No grace period: the key expires when it stops being fresh, so nothing stale is served
 *       and a failing loader is not masked by an old value.
 *   <li>Bulk reads ({@code getAll}) do not fetch TTLs: an entry is fresh while it exists.
 * </ul>
 */
public enum StorageFormat {
  /** Value plus expiry, recompute time and absence marker in one JSON object. */
  ENVELOPE,
  /** The value's JSON alone, readable by other SDKs as the same object. */
  PLAIN_JSON
}
