package io.github.restredis.internal.command;

import io.github.restredis.KeyedValues;
import io.github.restredis.MinMax;
import io.github.restredis.ScoredRank;
import io.github.restredis.ScoredValue;
import io.github.restredis.ZAddArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Definitions of the sorted-set commands on one key. Ranges are in {@link SortedSetRanges}, the
 * multi-key set operations in {@link SortedSetAlgebra}.
 */
public final class SortedSets {
  private SortedSets() {}

  public static Command<Long> zadd(String key, Map<String, Double> scores, ZAddArgs args) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("ZADD needs at least one member");
    }
    Command.Builder<Long> b = options(Command.builder("ZADD", Decoders.LONG).arg(key), args);
    scores.forEach((member, score) -> b.arg(score).arg(member));
    return b.build();
  }

  /**
   * ZADD … INCR: nil when a condition stopped it. Not idempotent, whatever the table says of ZADD:
   * a second attempt adds the increment again.
   */
  public static Command<@Nullable Double> zaddIncr(String key, double increment, String member, ZAddArgs args) {
    if (args.isCh()) {
      // CH changes what a count means; INCR returns a score, so Redis ignores it: refuse to mislead.
      throw new IllegalArgumentException("ZADD … INCR returns the new score; CH has no effect with it");
    }
    return options(Command.builder("ZADD", Decoders.NULLABLE_DOUBLE).arg(key), args)
        .arg("INCR").arg(increment).arg(member).idempotent(false).build();
  }

  private static <T> Command.Builder<T> options(Command.Builder<T> b, ZAddArgs args) {
    String condition = args.condition();
    if (condition != null) {
      b.arg(condition);
    }
    String comparison = args.comparison();
    if (comparison != null) {
      b.arg(comparison);
    }
    return args.isCh() ? b.arg("CH") : b;
  }

  public static Command<Long> zrem(String key, List<String> members) {
    Strings.requireNotEmpty(members, "ZREM");
    return Command.builder("ZREM", Decoders.LONG).arg(key).args(members).build();
  }

  public static Command<@Nullable Double> zscore(String key, String member) {
    return Command.builder("ZSCORE", Decoders.NULLABLE_DOUBLE).arg(key).arg(member).build();
  }

  public static Command<List<@Nullable Double>> zmscore(String key, List<String> members) {
    Strings.requireNotEmpty(members, "ZMSCORE");
    return Command.builder("ZMSCORE", Decoders.NULLABLE_DOUBLE_LIST).arg(key).args(members).build();
  }

  public static Command<Double> zincrby(String key, double increment, String member) {
    return Command.builder("ZINCRBY", Decoders.DOUBLE).arg(key).arg(increment).arg(member).build();
  }

  public static Command<Long> zcard(String key) {
    return Command.builder("ZCARD", Decoders.LONG).arg(key).build();
  }

  /** ZRANK or ZREVRANK. */
  public static Command<@Nullable Long> rank(String name, String key, String member) {
    return Command.builder(name, Decoders.NULLABLE_LONG).arg(key).arg(member).build();
  }

  /** ZRANK or ZREVRANK … WITHSCORE (Redis 7.2): nil, or [rank, score]. */
  public static Command<@Nullable ScoredRank> rankWithScore(String name, String key, String member) {
    return Command.builder(name, SortedSets::scoredRank).arg(key).arg(member).arg("WITHSCORE").build();
  }

  private static @Nullable ScoredRank scoredRank(@Nullable Object reply) {
    if (reply == null) {
      return null;
    }
    List<Object> pair = Decoders.list(reply);
    if (pair.size() != 2) {
      throw new DecodeFailure("expected [rank, score], got " + pair.size() + " items");
    }
    return new ScoredRank(Decoders.longValue(pair.get(0)), Decoders.doubleValue(pair.get(1)));
  }

  /** ZPOPMIN or ZPOPMAX without a count: [member, score], or an empty array. */
  public static Command<@Nullable ScoredValue> zpop(String name, String key) {
    return Command.builder(name, SortedSets::firstOrNull).arg(key).build();
  }

  private static @Nullable ScoredValue firstOrNull(@Nullable Object reply) {
    List<ScoredValue> values = Decoders.SCORED_LIST.decode(reply);
    if (values.size() > 1) {
      throw new DecodeFailure("expected one member and score, got " + values.size());
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** ZPOPMIN or ZPOPMAX with a count. */
  public static Command<List<ScoredValue>> zpop(String name, String key, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " count must not be negative: " + count);
    }
    return Command.builder(name, Decoders.SCORED_LIST).arg(key).arg(count).build();
  }

  /** ZMPOP numkeys key… MIN|MAX [COUNT n]: nil, or [key, [[member, score], …]] (nested in RESP2 too). */
  public static Command<@Nullable KeyedValues<ScoredValue>> zmpop(
      MinMax end, @Nullable Long count, List<String> keys) {
    Strings.requireNotEmpty(keys, "ZMPOP");
    if (count != null && count <= 0) {
      throw new IllegalArgumentException("ZMPOP count must be positive: " + count);
    }
    Command.Builder<@Nullable KeyedValues<ScoredValue>> b = Command.builder("ZMPOP", SortedSets::keyedScores)
        .arg(keys.size()).args(keys).arg(end.name());
    if (count != null) {
      b.arg("COUNT").arg(count);
    }
    return b.build();
  }

  private static @Nullable KeyedValues<ScoredValue> keyedScores(@Nullable Object reply) {
    if (reply == null) {
      return null;
    }
    List<Object> pair = Decoders.list(reply);
    if (pair.size() != 2) {
      throw new DecodeFailure("expected [key, members], got " + pair.size() + " items");
    }
    List<Object> items = Decoders.list(pair.get(1));
    List<ScoredValue> values = new ArrayList<>(items.size());
    for (Object item : items) {
      List<Object> memberScore = Decoders.list(item);
      if (memberScore.size() != 2) {
        throw new DecodeFailure("expected [member, score], got " + memberScore.size() + " items");
      }
      values.add(new ScoredValue(
          Decoders.STATUS.decode(memberScore.get(0)), Decoders.doubleValue(memberScore.get(1))));
    }
    return new KeyedValues<>(Decoders.STATUS.decode(pair.get(0)), values);
  }

  public static Command<@Nullable String> zrandmember(String key) {
    return Command.builder("ZRANDMEMBER", Decoders.STRING).arg(key).build();
  }

  /** ZRANDMEMBER key count: distinct members if count is positive, repeats allowed if negative. */
  public static Command<List<String>> zrandmember(String key, long count) {
    return Command.builder("ZRANDMEMBER", Decoders.NONNULL_STRING_LIST).arg(key).arg(count).build();
  }

  public static Command<List<ScoredValue>> zrandmemberWithScores(String key, long count) {
    return Command.builder("ZRANDMEMBER", Decoders.SCORED_LIST).arg(key).arg(count).arg("WITHSCORES").build();
  }
}
