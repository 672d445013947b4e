package io.github.restredis.internal.command;

import io.github.restredis.AutoClaimResult;
import io.github.restredis.StreamConsumerInfo;
import io.github.restredis.StreamDeletePolicy;
import io.github.restredis.StreamDeleteResult;
import io.github.restredis.StreamEntry;
import io.github.restredis.StreamGroupInfo;
import io.github.restredis.StreamPendingEntry;
import io.github.restredis.StreamPendingSummary;
import io.github.restredis.XClaimArgs;
import io.github.restredis.XGroupCreateArgs;
import io.github.restredis.XPendingArgs;
import io.github.restredis.XReadGroupArgs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the consumer-group stream commands. */
public final class StreamGroups {
  private StreamGroups() {}

  public static Command<@Nullable Void> xgroupCreate(String key, String group, String id,
      XGroupCreateArgs args) {
    Command.Builder<@Nullable Void> b =
        Command.builder("XGROUP CREATE", Decoders.OK).arg(key).arg(group).arg(id);
    if (args.isMkstream()) {
      b.arg("MKSTREAM");
    }
    Long entriesRead = args.entriesRead();
    if (entriesRead != null) {
      b.arg("ENTRIESREAD").arg(entriesRead);
    }
    return b.build();
  }

  public static Command<@Nullable Void> xgroupSetid(String key, String group, String id,
      @Nullable Long entriesRead) {
    Command.Builder<@Nullable Void> b =
        Command.builder("XGROUP SETID", Decoders.OK).arg(key).arg(group).arg(id);
    if (entriesRead != null) {
      b.arg("ENTRIESREAD").arg(entriesRead);
    }
    return b.build();
  }

  public static Command<Boolean> xgroupDestroy(String key, String group) {
    return Command.builder("XGROUP DESTROY", Decoders.BOOLEAN).arg(key).arg(group).build();
  }

  public static Command<Boolean> xgroupCreateconsumer(String key, String group, String consumer) {
    return Command.builder("XGROUP CREATECONSUMER", Decoders.BOOLEAN)
        .arg(key).arg(group).arg(consumer).build();
  }

  public static Command<Long> xgroupDelconsumer(String key, String group, String consumer) {
    return Command.builder("XGROUP DELCONSUMER", Decoders.LONG)
        .arg(key).arg(group).arg(consumer).build();
  }

  public static Command<Map<String, List<StreamEntry>>> xreadgroup(String group, String consumer,
      Map<String, String> streams, XReadGroupArgs args) {
    Command.Builder<Map<String, List<StreamEntry>>> b = Command.builder("XREADGROUP", StreamReplies.STREAMS)
        .arg("GROUP").arg(Objects.requireNonNull(group, "group == null"))
        .arg(Objects.requireNonNull(consumer, "consumer == null"));
    Long count = args.count();
    if (count != null) {
      b.arg("COUNT").arg(count);
    }
    if (args.isNoack()) {
      b.arg("NOACK");
    }
    return Streams.streams(b, streams, "XREADGROUP").build();
  }

  public static Command<Long> xack(String key, String group, List<String> ids) {
    Strings.requireNotEmpty(ids, "XACK");
    return Command.builder("XACK", Decoders.LONG).arg(key).arg(group).args(ids).build();
  }

  public static Command<List<StreamDeleteResult>> xackdel(String key, String group,
      @Nullable StreamDeletePolicy policy, List<String> ids) {
    Strings.requireNotEmpty(ids, "XACKDEL");
    Command.Builder<List<StreamDeleteResult>> b =
        Command.builder("XACKDEL", StreamReplies.DELETE_RESULTS).arg(key).arg(group);
    if (policy != null) {
      b.arg(policy.name());
    }
    return b.arg("IDS").arg(ids.size()).args(ids).build();
  }

  public static Command<List<StreamEntry>> xclaim(String key, String group, String consumer,
      Duration minIdleTime, XClaimArgs args, List<String> ids) {
    return claim(StreamReplies.ENTRIES, key, group, consumer, minIdleTime, args, ids, false);
  }

  public static Command<List<String>> xclaimJustId(String key, String group, String consumer,
      Duration minIdleTime, XClaimArgs args, List<String> ids) {
    return claim(StreamReplies.IDS, key, group, consumer, minIdleTime, args, ids, true);
  }

  private static <T> Command<T> claim(Decoder<T> decoder, String key, String group, String consumer,
      Duration minIdleTime, XClaimArgs args, List<String> ids, boolean justId) {
    Strings.requireNotEmpty(ids, "XCLAIM");
    Command.Builder<T> b = Command.builder("XCLAIM", decoder).arg(key).arg(group).arg(consumer)
        .arg(millis(minIdleTime, "minIdleTime")).args(ids);
    Long idle = args.idleMillis();
    if (idle != null) {
      b.arg("IDLE").arg(idle);
    }
    Long time = args.timeMillis();
    if (time != null) {
      b.arg("TIME").arg(time);
    }
    Long retryCount = args.retryCount();
    if (retryCount != null) {
      b.arg("RETRYCOUNT").arg(retryCount);
    }
    if (args.isForce()) {
      b.arg("FORCE");
    }
    if (justId) {
      b.arg("JUSTID");
    }
    String lastId = args.lastId();
    if (lastId != null) {
      b.arg("LASTID").arg(lastId);
    }
    return b.build();
  }

  public static Command<AutoClaimResult<StreamEntry>> xautoclaim(String key, String group,
      String consumer, Duration minIdleTime, String start, @Nullable Long count) {
    return autoClaim(StreamReplies.autoClaim(StreamReplies.ENTRIES), key, group, consumer,
        minIdleTime, start, count, false);
  }

  public static Command<AutoClaimResult<String>> xautoclaimJustId(String key, String group,
      String consumer, Duration minIdleTime, String start, @Nullable Long count) {
    return autoClaim(StreamReplies.autoClaim(StreamReplies.IDS), key, group, consumer,
        minIdleTime, start, count, true);
  }

  private static <T> Command<T> autoClaim(Decoder<T> decoder, String key, String group,
      String consumer, Duration minIdleTime, String start, @Nullable Long count, boolean justId) {
    Command.Builder<T> b = Command.builder("XAUTOCLAIM", decoder).arg(key).arg(group).arg(consumer)
        .arg(millis(minIdleTime, "minIdleTime")).arg(start);
    if (count != null) {
      if (count <= 0) {
        throw new IllegalArgumentException("XAUTOCLAIM: count must be positive: " + count);
      }
      b.arg("COUNT").arg(count);
    }
    if (justId) {
      b.arg("JUSTID");
    }
    return b.build();
  }

  public static Command<StreamPendingSummary> xpending(String key, String group) {
    return Command.builder("XPENDING", StreamReplies.PENDING_SUMMARY).arg(key).arg(group).build();
  }

  public static Command<List<StreamPendingEntry>> xpending(String key, String group, String start,
      String end, long count, XPendingArgs args) {
    if (count <= 0) {
      throw new IllegalArgumentException("XPENDING: count must be positive: " + count);
    }
    Command.Builder<List<StreamPendingEntry>> b =
        Command.builder("XPENDING", StreamReplies.PENDING_ENTRIES).arg(key).arg(group);
    Long idle = args.idleMillis();
    if (idle != null) {
      b.arg("IDLE").arg(idle);
    }
    b.arg(start).arg(end).arg(count);
    String consumer = args.consumer();
    if (consumer != null) {
      b.arg(consumer);
    }
    return b.build();
  }

  public static Command<List<StreamGroupInfo>> xinfoGroups(String key) {
    return Command.builder("XINFO GROUPS", StreamReplies.GROUPS).arg(key).build();
  }

  public static Command<List<StreamConsumerInfo>> xinfoConsumers(String key, String group) {
    return Command.builder("XINFO CONSUMERS", StreamReplies.CONSUMERS).arg(key).arg(group).build();
  }

  private static long millis(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
    return d.toMillis();
  }
}
