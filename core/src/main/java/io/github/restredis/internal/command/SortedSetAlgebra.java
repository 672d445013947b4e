package io.github.restredis.internal.command;

import io.github.restredis.ScoredValue;
import io.github.restredis.ZAggregateArgs;
import java.util.List;

/** Definitions of the multi-key sorted-set operations: difference, intersection, union. */
public final class SortedSetAlgebra {
  private SortedSetAlgebra() {}

  /** ZDIFF numkeys key… */
  public static Command<List<String>> zdiff(List<String> keys) {
    Strings.requireNotEmpty(keys, "ZDIFF");
    return Command.builder("ZDIFF", Decoders.NONNULL_STRING_LIST).arg(keys.size()).args(keys).build();
  }

  public static Command<List<ScoredValue>> zdiffWithScores(List<String> keys) {
    Strings.requireNotEmpty(keys, "ZDIFF");
    return Command.builder("ZDIFF", Decoders.SCORED_LIST).arg(keys.size()).args(keys).arg("WITHSCORES").build();
  }

  public static Command<Long> zdiffstore(String destination, List<String> keys) {
    Strings.requireNotEmpty(keys, "ZDIFFSTORE");
    return Command.builder("ZDIFFSTORE", Decoders.LONG).arg(destination).arg(keys.size()).args(keys).build();
  }

  /** ZINTER or ZUNION numkeys key… [WEIGHTS] [AGGREGATE]. */
  public static Command<List<String>> combine(String name, ZAggregateArgs args, List<String> keys) {
    Command.Builder<List<String>> b = Command.builder(name, Decoders.NONNULL_STRING_LIST);
    return aggregate(name, b, args, keys).build();
  }

  /** ZINTER or ZUNION … WITHSCORES. */
  public static Command<List<ScoredValue>> combineWithScores(String name, ZAggregateArgs args, List<String> keys) {
    Command.Builder<List<ScoredValue>> b = Command.builder(name, Decoders.SCORED_LIST);
    return aggregate(name, b, args, keys).arg("WITHSCORES").build();
  }

  /** ZINTERSTORE or ZUNIONSTORE destination numkeys key… [WEIGHTS] [AGGREGATE]. */
  public static Command<Long> store(String name, String destination, ZAggregateArgs args, List<String> keys) {
    Command.Builder<Long> b = Command.builder(name, Decoders.LONG).arg(destination);
    return aggregate(name, b, args, keys).build();
  }

  private static <T> Command.Builder<T> aggregate(
      String name, Command.Builder<T> b, ZAggregateArgs args, List<String> keys) {
    Strings.requireNotEmpty(keys, name);
    b.arg(keys.size()).args(keys);
    double[] weights = args.weights();
    if (weights != null) {
      if (weights.length != keys.size()) {
        throw new IllegalArgumentException(
            name + ": " + weights.length + " weights for " + keys.size() + " keys; give one per key");
      }
      b.arg("WEIGHTS");
      for (double w : weights) {
        b.arg(w);
      }
    }
    String aggregate = args.aggregate();
    return aggregate == null ? b : b.arg("AGGREGATE").arg(aggregate);
  }

  /** ZINTERCARD numkeys key… [LIMIT n]; a limit of 0 means none. */
  public static Command<Long> zintercard(long limit, List<String> keys) {
    Strings.requireNotEmpty(keys, "ZINTERCARD");
    if (limit < 0) {
      throw new IllegalArgumentException("ZINTERCARD limit must be 0 (none) or positive: " + limit);
    }
    Command.Builder<Long> b = Command.builder("ZINTERCARD", Decoders.LONG).arg(keys.size()).args(keys);
    return (limit > 0 ? b.arg("LIMIT").arg(limit) : b).build();
  }
}
