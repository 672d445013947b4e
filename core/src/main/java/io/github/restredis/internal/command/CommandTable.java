package io.github.restredis.internal.command;

import java.util.Locale;
import java.util.Set;

/**
 * Which commands can be sent twice without changing the outcome: reads, and writes that set a
 * state rather than change it by a step. Anything not listed is treated as not idempotent, so an
 * uncertain failure of it is never retried. Definitions whose options change this (SET … GET,
 * ZADD … INCR) override it.
 */
public final class CommandTable {
  private static final Set<String> IDEMPOTENT = Set.of(
      // strings
      "GET", "MGET", "STRLEN", "GETRANGE", "SUBSTR", "SET", "MSET", "SETEX", "PSETEX", "SETRANGE",
      "GETBIT", "BITCOUNT", "BITPOS", "BITFIELD_RO", "GETEX", "LCS",
      // SETBIT is not here: it replies the previous bit, which a retry would report as the new one.
      // Nor are SETNX, MSETNX, HSETNX (and SET NX/XX, HSETEX FNX/FXX, overridden where built): their
      // reply is the decision (a lock taken or not), which a retry after a lost reply would report
      // as "not set" although the first attempt set it.
      // keys and expiry
      "DEL", "UNLINK", "EXISTS", "EXPIRE", "PEXPIRE", "EXPIREAT", "PEXPIREAT", "EXPIRETIME",
      "PEXPIRETIME", "TTL", "PTTL", "PERSIST", "TYPE", "KEYS", "TOUCH", "RANDOMKEY", "SCAN", "DUMP",
      "OBJECT", "OBJECT ENCODING", "OBJECT FREQ", "OBJECT IDLETIME", "OBJECT REFCOUNT",
      "MEMORY USAGE", "SORT", "SORT_RO",
      // hashes
      "HGET", "HMGET", "HGETALL", "HKEYS", "HVALS", "HLEN", "HEXISTS", "HSTRLEN", "HSCAN",
      "HRANDFIELD", "HSET", "HMSET", "HDEL",
      // hash field expiry: set a state like EXPIRE; HGETEX like GETEX (HGETDEL is not: it deletes)
      "HEXPIRE", "HPEXPIRE", "HEXPIREAT", "HPEXPIREAT", "HTTL", "HPTTL", "HEXPIRETIME",
      "HPEXPIRETIME", "HPERSIST", "HGETEX", "HSETEX",
      // lists
      "LRANGE", "LLEN", "LINDEX", "LPOS", "LSET", "LTRIM",
      // sets
      "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD", "SRANDMEMBER", "SINTER", "SUNION", "SDIFF",
      "SINTERCARD", "SSCAN", "SADD", "SREM", "SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE",
      // sorted sets
      "ZRANGE", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE", "ZRANGEBYLEX", "ZSCORE",
      "ZMSCORE", "ZCARD", "ZCOUNT", "ZLEXCOUNT", "ZRANK", "ZREVRANK", "ZSCAN", "ZRANDMEMBER",
      "ZADD", "ZREM", "ZREMRANGEBYRANK", "ZREMRANGEBYSCORE", "ZREMRANGEBYLEX", "ZUNIONSTORE",
      "ZINTERSTORE", "ZDIFFSTORE", "ZRANGESTORE", "ZDIFF", "ZINTER", "ZUNION", "ZINTERCARD",
      // hyperloglog, geo, streams (reads)
      "PFCOUNT", "PFADD", "PFMERGE", "GEOADD", "GEOSEARCHSTORE",
      "GEOPOS", "GEODIST", "GEOHASH", "GEOSEARCH", "XRANGE", "XREVRANGE", "XLEN",
      // streams: reads, and writes that set a state (a repeated XACK or XDEL finds nothing to do);
      // XADD, XREADGROUP, XCLAIM and XAUTOCLAIM move state on, XGROUP CREATE fails when repeated
      "XREAD", "XINFO STREAM", "XINFO GROUPS", "XINFO CONSUMERS", "XPENDING", "XDEL", "XDELEX",
      "XTRIM", "XACK", "XACKDEL", "XGROUP SETID", "XGROUP DESTROY", "XGROUP CREATECONSUMER",
      "XGROUP DELCONSUMER",
      // RedisJSON: reads, and writes that set a state (JSON.SET NX/XX overridden where built);
      // ARRAPPEND, ARRINSERT, ARRPOP, ARRTRIM, NUMINCRBY, NUMMULTBY, STRAPPEND, TOGGLE step on
      "JSON.GET", "JSON.MGET", "JSON.TYPE", "JSON.RESP", "JSON.STRLEN", "JSON.OBJKEYS",
      "JSON.OBJLEN", "JSON.ARRLEN", "JSON.ARRINDEX", "JSON.SET", "JSON.MSET", "JSON.MERGE",
      "JSON.DEL", "JSON.FORGET", "JSON.CLEAR",
      // server and scripting reads
      "PING", "ECHO", "TIME", "DBSIZE", "INFO", "FLUSHDB", "FLUSHALL", "EVAL_RO", "EVALSHA_RO",
      "FCALL_RO", "FUNCTION LIST", "FUNCTION STATS", "FUNCTION FLUSH",
      "SCRIPT EXISTS", "SCRIPT LOAD");

  private CommandTable() {}

  /** {@return whether command {@code name} (one or two words, any case) is idempotent} */
  public static boolean isIdempotent(String name) {
    return IDEMPOTENT.contains(name.toUpperCase(Locale.ROOT));
  }
}
