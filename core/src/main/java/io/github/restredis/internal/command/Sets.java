package io.github.restredis.internal.command;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Definitions of the set commands. */
public final class Sets {
  private Sets() {}

  public static Command<Long> sadd(String key, List<String> members) {
    Strings.requireNotEmpty(members, "SADD");
    return Command.builder("SADD", Decoders.LONG).arg(key).args(members).build();
  }

  public static Command<Long> srem(String key, List<String> members) {
    Strings.requireNotEmpty(members, "SREM");
    return Command.builder("SREM", Decoders.LONG).arg(key).args(members).build();
  }

  public static Command<Set<String>> smembers(String key) {
    return Command.builder("SMEMBERS", Decoders.STRING_SET).arg(key).build();
  }

  public static Command<Boolean> sismember(String key, String member) {
    return Command.builder("SISMEMBER", Decoders.BOOLEAN).arg(key).arg(member).build();
  }

  public static Command<List<Boolean>> smismember(String key, List<String> members) {
    Strings.requireNotEmpty(members, "SMISMEMBER");
    return Command.builder("SMISMEMBER", Decoders.BOOLEAN_LIST).arg(key).args(members).build();
  }

  public static Command<Long> scard(String key) {
    return Command.builder("SCARD", Decoders.LONG).arg(key).build();
  }

  public static Command<@Nullable String> spop(String key) {
    return Command.builder("SPOP", Decoders.STRING).arg(key).build();
  }

  /** SPOP with a count: an array, empty when the key does not exist. */
  public static Command<Set<String>> spop(String key, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("SPOP count must not be negative: " + count);
    }
    return Command.builder("SPOP", Decoders.STRING_SET).arg(key).arg(count).build();
  }

  public static Command<@Nullable String> srandmember(String key) {
    return Command.builder("SRANDMEMBER", Decoders.STRING).arg(key).build();
  }

  public static Command<List<String>> srandmember(String key, long count) {
    return Command.builder("SRANDMEMBER", Decoders.NONNULL_STRING_LIST).arg(key).arg(count).build();
  }

  public static Command<Boolean> smove(String source, String destination, String member) {
    return Command.builder("SMOVE", Decoders.BOOLEAN).arg(source).arg(destination).arg(member).build();
  }

  public static Command<Set<String>> sinter(List<String> keys) {
    Strings.requireNotEmpty(keys, "SINTER");
    return Command.builder("SINTER", Decoders.STRING_SET).args(keys).build();
  }

  public static Command<Set<String>> sunion(List<String> keys) {
    Strings.requireNotEmpty(keys, "SUNION");
    return Command.builder("SUNION", Decoders.STRING_SET).args(keys).build();
  }

  public static Command<Set<String>> sdiff(List<String> keys) {
    Strings.requireNotEmpty(keys, "SDIFF");
    return Command.builder("SDIFF", Decoders.STRING_SET).args(keys).build();
  }

  /** SINTERCARD numkeys key… [LIMIT n]; a limit of 0 means no limit. */
  public static Command<Long> sintercard(long limit, List<String> keys) {
    Strings.requireNotEmpty(keys, "SINTERCARD");
    if (limit < 0) {
      throw new IllegalArgumentException("SINTERCARD limit must be 0 (none) or positive: " + limit);
    }
    Command.Builder<Long> b = Command.builder("SINTERCARD", Decoders.LONG).arg(keys.size()).args(keys);
    return (limit > 0 ? b.arg("LIMIT").arg(limit) : b).build();
  }

  public static Command<Long> store(String name, String destination, List<String> keys) {
    Strings.requireNotEmpty(keys, name);
    return Command.builder(name, Decoders.LONG).arg(destination).args(keys).build();
  }
}
