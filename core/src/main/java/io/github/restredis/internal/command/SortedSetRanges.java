package io.github.restredis.internal.command;

import io.github.restredis.LexRange;
import io.github.restredis.ScoreRange;
import io.github.restredis.ScoredValue;
import io.github.restredis.ZRangeArgs;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Definitions of the sorted-set range commands. A {@link ScoreRange} or {@link LexRange} is
 * always lowest to highest; with REV, Redis wants the highest end first, so the ends swap here.
 */
public final class SortedSetRanges {
  private SortedSetRanges() {}

  public static Command<List<String>> zrange(String key, long start, long stop, ZRangeArgs args) {
    return byRank(key, start, stop, args, Decoders.NONNULL_STRING_LIST, false);
  }

  public static Command<List<ScoredValue>> zrangeWithScores(String key, long start, long stop, ZRangeArgs args) {
    return byRank(key, start, stop, args, Decoders.SCORED_LIST, true);
  }

  public static Command<List<String>> zrange(String key, ScoreRange range, ZRangeArgs args) {
    return byScore(key, range, args, Decoders.NONNULL_STRING_LIST, false);
  }

  public static Command<List<ScoredValue>> zrangeWithScores(String key, ScoreRange range, ZRangeArgs args) {
    return byScore(key, range, args, Decoders.SCORED_LIST, true);
  }

  /** ZRANGE key min max BYLEX [REV] [LIMIT]; Redis refuses WITHSCORES with BYLEX. */
  public static Command<List<String>> zrange(String key, LexRange range, ZRangeArgs args) {
    Command.Builder<List<String>> b = Command.builder("ZRANGE", Decoders.NONNULL_STRING_LIST).arg(key);
    return rangeOptions(ends(b, range, args.isRev()).arg("BYLEX"), args).build();
  }

  /** ZRANGE key start stop [REV] [WITHSCORES]. */
  private static <T> Command<T> byRank(
      String key, long start, long stop, ZRangeArgs args, Decoder<T> decoder, boolean withScores) {
    requireNoLimit("ZRANGE", args);
    Command.Builder<T> b = rangeOptions(Command.builder("ZRANGE", decoder).arg(key).arg(start).arg(stop), args);
    return (withScores ? b.arg("WITHSCORES") : b).build();
  }

  /** ZRANGE key min max BYSCORE [REV] [LIMIT offset count] [WITHSCORES]. */
  private static <T> Command<T> byScore(
      String key, ScoreRange range, ZRangeArgs args, Decoder<T> decoder, boolean withScores) {
    Command.Builder<T> b = Command.builder("ZRANGE", decoder).arg(key);
    b = rangeOptions(ends(b, range, args.isRev()).arg("BYSCORE"), args);
    return (withScores ? b.arg("WITHSCORES") : b).build();
  }

  private static void requireNoLimit(String name, ZRangeArgs args) {
    if (args.offset() != null) {
      throw new IllegalArgumentException(
          name + ": LIMIT only works with a ScoreRange or LexRange, not with ranks");
    }
  }

  public static Command<Long> zrangestore(
      String destination, String source, long start, long stop, ZRangeArgs args) {
    requireNoLimit("ZRANGESTORE", args);
    Command.Builder<Long> b =
        Command.builder("ZRANGESTORE", Decoders.LONG).arg(destination).arg(source).arg(start).arg(stop);
    return rangeOptions(b, args).build();
  }

  public static Command<Long> zrangestore(String destination, String source, ScoreRange range, ZRangeArgs args) {
    Command.Builder<Long> b = Command.builder("ZRANGESTORE", Decoders.LONG).arg(destination).arg(source);
    return rangeOptions(ends(b, range, args.isRev()).arg("BYSCORE"), args).build();
  }

  public static Command<Long> zrangestore(String destination, String source, LexRange range, ZRangeArgs args) {
    Command.Builder<Long> b = Command.builder("ZRANGESTORE", Decoders.LONG).arg(destination).arg(source);
    return rangeOptions(ends(b, range, args.isRev()).arg("BYLEX"), args).build();
  }

  public static Command<Long> zcount(String key, ScoreRange range) {
    return ends(Command.builder("ZCOUNT", Decoders.LONG).arg(key), range, false).build();
  }

  public static Command<Long> zlexcount(String key, LexRange range) {
    return ends(Command.builder("ZLEXCOUNT", Decoders.LONG).arg(key), range, false).build();
  }

  public static Command<Long> zremrangebyrank(String key, long start, long stop) {
    return Command.builder("ZREMRANGEBYRANK", Decoders.LONG).arg(key).arg(start).arg(stop).build();
  }

  public static Command<Long> zremrangebyscore(String key, ScoreRange range) {
    return ends(Command.builder("ZREMRANGEBYSCORE", Decoders.LONG).arg(key), range, false).build();
  }

  public static Command<Long> zremrangebylex(String key, LexRange range) {
    return ends(Command.builder("ZREMRANGEBYLEX", Decoders.LONG).arg(key), range, false).build();
  }

  private static <T> Command.Builder<T> ends(Command.Builder<T> b, ScoreRange range, boolean highFirst) {
    String min = (range.isMinExclusive() ? "(" : "") + Doubles.format(range.min());
    String max = (range.isMaxExclusive() ? "(" : "") + Doubles.format(range.max());
    return highFirst ? b.arg(max).arg(min) : b.arg(min).arg(max);
  }

  private static <T> Command.Builder<T> ends(Command.Builder<T> b, LexRange range, boolean highFirst) {
    String min = lexEnd(range.min(), range.isMinExclusive(), "-");
    String max = lexEnd(range.max(), range.isMaxExclusive(), "+");
    return highFirst ? b.arg(max).arg(min) : b.arg(min).arg(max);
  }

  private static String lexEnd(@Nullable String member, boolean exclusive, String open) {
    return member == null ? open : (exclusive ? "(" : "[") + member;
  }

  private static <T> Command.Builder<T> rangeOptions(Command.Builder<T> b, ZRangeArgs args) {
    if (args.isRev()) {
      b.arg("REV");
    }
    Long offset = args.offset();
    Long count = args.count();
    if (offset != null && count != null) {
      b.arg("LIMIT").arg(offset).arg(count);
    }
    return b;
  }
}
