package io.github.restredis.internal.command;

import io.github.restredis.ScoredValue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Definitions of the sorted-set commands. */
public final class SortedSets {
  private SortedSets() {}

  public static Command<Long> zadd(String key, Map<String, Double> scores, @Nullable String condition) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("ZADD needs at least one member");
    }
    Command.Builder<Long> b = Command.builder("ZADD", Decoders.LONG).arg(key);
    if (condition != null) {
      b.arg(condition);
    }
    scores.forEach((member, score) -> b.arg(score).arg(member));
    return b.build();
  }

  public static Command<Long> zrem(String key, List<String> members) {
    Strings.requireNotEmpty(members, "ZREM");
    return Command.builder("ZREM", Decoders.LONG).arg(key).args(members).build();
  }

  public static Command<@Nullable Double> zscore(String key, String member) {
    return Command.builder("ZSCORE", Decoders.NULLABLE_DOUBLE).arg(key).arg(member).build();
  }

  public static Command<Double> zincrby(String key, double increment, String member) {
    return Command.builder("ZINCRBY", Decoders.DOUBLE).arg(key).arg(increment).arg(member).build();
  }

  public static Command<Long> zcard(String key) {
    return Command.builder("ZCARD", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> zcount(String key, String min, String max) {
    return Command.builder("ZCOUNT", Decoders.LONG).arg(key).arg(min).arg(max).build();
  }

  public static Command<@Nullable Long> zrank(String key, String member) {
    return Command.builder("ZRANK", Decoders.NULLABLE_LONG).arg(key).arg(member).build();
  }

  public static Command<@Nullable Long> zrevrank(String key, String member) {
    return Command.builder("ZREVRANK", Decoders.NULLABLE_LONG).arg(key).arg(member).build();
  }

  public static Command<List<String>> zrange(String key, long start, long stop, boolean rev) {
    Command.Builder<List<String>> b =
        Command.builder("ZRANGE", Decoders.NONNULL_STRING_LIST).arg(key).arg(start).arg(stop);
    return (rev ? b.arg("REV") : b).build();
  }

  public static Command<List<ScoredValue>> zrangeWithScores(String key, long start, long stop, boolean rev) {
    Command.Builder<List<ScoredValue>> b =
        Command.builder("ZRANGE", Decoders.SCORED_LIST).arg(key).arg(start).arg(stop);
    if (rev) {
      b.arg("REV");
    }
    return b.arg("WITHSCORES").build();
  }

  public static Command<List<String>> zrangebyscore(String key, String min, String max) {
    return Command.builder("ZRANGE", Decoders.NONNULL_STRING_LIST).arg(key).arg(min).arg(max)
        .arg("BYSCORE").build();
  }

  public static Command<List<ScoredValue>> zrangebyscoreWithScores(String key, String min, String max) {
    return Command.builder("ZRANGE", Decoders.SCORED_LIST).arg(key).arg(min).arg(max)
        .arg("BYSCORE").arg("WITHSCORES").build();
  }

  public static Command<List<ScoredValue>> zpop(String name, String key, long count) {
    return Command.builder(name, Decoders.SCORED_LIST).arg(key).arg(count).build();
  }

  public static Command<Long> zremrangebyscore(String key, String min, String max) {
    return Command.builder("ZREMRANGEBYSCORE", Decoders.LONG).arg(key).arg(min).arg(max).build();
  }

  public static Command<Long> zremrangebyrank(String key, long start, long stop) {
    return Command.builder("ZREMRANGEBYRANK", Decoders.LONG).arg(key).arg(start).arg(stop).build();
  }
}
