package io.github.restredis.internal.command;

import io.github.restredis.AutoClaimResult;
import io.github.restredis.StreamConsumerInfo;
import io.github.restredis.StreamDeleteResult;
import io.github.restredis.StreamEntry;
import io.github.restredis.StreamGroupInfo;
import io.github.restredis.StreamInfo;
import io.github.restredis.StreamPendingEntry;
import io.github.restredis.StreamPendingSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The reply shapes of the stream commands (RESP2, as the REST API sends them). */
final class StreamReplies {
  private StreamReplies() {}

  /** {@code [id, [field, value, …]]}; the field array is nil for an entry deleted while pending. */
  static final Decoder<StreamEntry> ENTRY = StreamReplies::entry;

  /** An array of entries (XRANGE, XCLAIM). */
  static final Decoder<List<StreamEntry>> ENTRIES = StreamReplies::entries;

  /** XREAD and XREADGROUP: nil when nothing is new, else {@code [[key, entries], …]}. */
  static final Decoder<Map<String, List<StreamEntry>>> STREAMS =
      reply -> {
        if (reply == null) {
          return Map.of();
        }
        Map<String, List<StreamEntry>> out = new LinkedHashMap<>();
        for (Object stream : list(reply)) {
          List<Object> pair = list(stream);
          requireSize(pair, 2, "[key, entries]");
          out.put(Decoders.STATUS.decode(pair.get(0)), entries(pair.get(1)));
        }
        return Collections.unmodifiableMap(out);
      };

  /** XCLAIM … JUSTID: an array of IDs. */
  static final Decoder<List<String>> IDS = Decoders.NONNULL_STRING_LIST;

  /** XDELEX and XACKDEL: one code per ID. */
  static final Decoder<List<StreamDeleteResult>> DELETE_RESULTS =
      reply -> {
        List<Object> items = list(reply);
        List<StreamDeleteResult> out = new ArrayList<>(items.size());
        for (Object item : items) {
          long code = Decoders.LONG.decode(item);
          if (code != -1 && code != 1 && code != 2) {
            throw new DecodeFailure("unknown stream deletion code " + code);
          }
          out.add(StreamDeleteResult.of(code));
        }
        return Collections.unmodifiableList(out);
      };

  static <T> Decoder<AutoClaimResult<T>> autoClaim(Decoder<List<T>> claimed) {
    return reply -> {
      List<Object> items = list(reply);
      if (items.size() != 2 && items.size() != 3) {
        throw new DecodeFailure("expected [next, claimed, deleted], got " + items.size() + " items");
      }
      List<String> deleted = items.size() == 3 ? IDS.decode(items.get(2)) : List.of();
      return new AutoClaimResult<>(Decoders.STATUS.decode(items.get(0)),
          claimed.decode(items.get(1)), deleted);
    };
  }

  static final Decoder<StreamInfo> INFO =
      reply -> {
        Map<String, @Nullable Object> m = fields(reply);
        return new StreamInfo(
            requiredLong(m, "length"),
            requiredLong(m, "radix-tree-keys"),
            requiredLong(m, "radix-tree-nodes"),
            requiredString(m, "last-generated-id"),
            Decoders.STRING.decode(m.get("max-deleted-entry-id")),
            Decoders.NULLABLE_LONG.decode(m.get("entries-added")),
            Decoders.STRING.decode(m.get("recorded-first-entry-id")),
            requiredLong(m, "groups"),
            m.get("first-entry") == null ? null : entry(m.get("first-entry")),
            m.get("last-entry") == null ? null : entry(m.get("last-entry")));
      };

  static final Decoder<List<StreamGroupInfo>> GROUPS =
      reply -> {
        List<StreamGroupInfo> out = new ArrayList<>();
        for (Object group : list(reply)) {
          Map<String, @Nullable Object> m = fields(group);
          out.add(new StreamGroupInfo(
              requiredString(m, "name"),
              requiredLong(m, "consumers"),
              requiredLong(m, "pending"),
              requiredString(m, "last-delivered-id"),
              Decoders.NULLABLE_LONG.decode(m.get("entries-read")),
              Decoders.NULLABLE_LONG.decode(m.get("lag"))));
        }
        return Collections.unmodifiableList(out);
      };

  static final Decoder<List<StreamConsumerInfo>> CONSUMERS =
      reply -> {
        List<StreamConsumerInfo> out = new ArrayList<>();
        for (Object consumer : list(reply)) {
          Map<String, @Nullable Object> m = fields(consumer);
          Long inactive = Decoders.NULLABLE_LONG.decode(m.get("inactive"));
          out.add(new StreamConsumerInfo(
              requiredString(m, "name"),
              requiredLong(m, "pending"),
              Duration.ofMillis(requiredLong(m, "idle")),
              // -1: the consumer never had a successful interaction.
              inactive == null || inactive < 0 ? null : Duration.ofMillis(inactive)));
        }
        return Collections.unmodifiableList(out);
      };

  /** {@code [count, lowest, highest, [[consumer, "n"], …]]}, with nils when nothing is pending. */
  static final Decoder<StreamPendingSummary> PENDING_SUMMARY =
      reply -> {
        List<Object> items = list(reply);
        requireSize(items, 4, "[count, lowest, highest, consumers]");
        Map<String, Long> consumers = new LinkedHashMap<>();
        if (items.get(3) != null) {
          for (Object consumer : list(items.get(3))) {
            List<Object> pair = list(consumer);
            requireSize(pair, 2, "[consumer, count]");
            consumers.put(Decoders.STATUS.decode(pair.get(0)), Decoders.LONG.decode(pair.get(1)));
          }
        }
        return new StreamPendingSummary(Decoders.LONG.decode(items.get(0)),
            Decoders.STRING.decode(items.get(1)), Decoders.STRING.decode(items.get(2)), consumers);
      };

  /** {@code [[id, consumer, idle ms, deliveries], …]}. */
  static final Decoder<List<StreamPendingEntry>> PENDING_ENTRIES =
      reply -> {
        List<StreamPendingEntry> out = new ArrayList<>();
        for (Object entry : list(reply)) {
          List<Object> items = list(entry);
          requireSize(items, 4, "[id, consumer, idle, deliveries]");
          out.add(new StreamPendingEntry(Decoders.STATUS.decode(items.get(0)),
              Decoders.STATUS.decode(items.get(1)), Duration.ofMillis(Decoders.LONG.decode(items.get(2))),
              Decoders.LONG.decode(items.get(3))));
        }
        return Collections.unmodifiableList(out);
      };

  private static StreamEntry entry(@Nullable Object reply) {
    List<Object> pair = list(reply);
    requireSize(pair, 2, "[id, fields]");
    String id = Decoders.STATUS.decode(pair.get(0));
    if (pair.get(1) == null) {
      return new StreamEntry(id, Map.of());
    }
    return new StreamEntry(id, Decoders.STRING_MAP.decode(pair.get(1)));
  }

  private static List<StreamEntry> entries(@Nullable Object reply) {
    List<Object> items = list(reply);
    List<StreamEntry> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(entry(item));
    }
    return Collections.unmodifiableList(out);
  }

  /** A flat {@code [name, value, …]} array as a map; values stay reply nodes. */
  private static Map<String, @Nullable Object> fields(@Nullable Object reply) {
    List<Object> items = list(reply);
    if (items.size() % 2 != 0) {
      throw new DecodeFailure("expected name/value pairs, got " + items.size() + " items");
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i += 2) {
      out.put(Decoders.STATUS.decode(items.get(i)), items.get(i + 1));
    }
    return out;
  }

  private static long requiredLong(Map<String, @Nullable Object> m, String name) {
    if (!m.containsKey(name)) {
      throw new DecodeFailure("missing '" + name + "'");
    }
    return Decoders.LONG.decode(m.get(name));
  }

  private static String requiredString(Map<String, @Nullable Object> m, String name) {
    if (!m.containsKey(name)) {
      throw new DecodeFailure("missing '" + name + "'");
    }
    return Decoders.STATUS.decode(m.get(name));
  }

  private static void requireSize(List<Object> items, int size, String shape) {
    if (items.size() != size) {
      throw new DecodeFailure("expected " + shape + ", got " + items.size() + " items");
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object reply) {
    if (reply instanceof List) {
      return (List<Object>) reply;
    }
    throw new DecodeFailure("expected an array, got " + (reply == null ? "nil" : "a scalar"));
  }
}
