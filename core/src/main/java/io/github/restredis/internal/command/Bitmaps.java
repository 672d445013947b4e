package io.github.restredis.internal.command;

import io.github.restredis.BitFieldArgs;
import io.github.restredis.BitOperation;
import io.github.restredis.BitUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the bitmap commands. */
public final class Bitmaps {
  private Bitmaps() {}

  /** One integer or nil per BITFIELD operation. */
  private static final Decoder<List<@Nullable Long>> NULLABLE_LONGS = reply -> {
    List<Object> items = Nodes.list(reply);
    List<@Nullable Long> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(item == null ? null : Nodes.longValue(item));
    }
    return Collections.unmodifiableList(out);
  };

  public static Command<Long> bitcount(String key) {
    return Command.builder("BITCOUNT", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> bitcount(String key, long start, long end, @Nullable BitUnit unit) {
    Command.Builder<Long> b = Command.builder("BITCOUNT", Decoders.LONG).arg(key).arg(start).arg(end);
    if (unit != null) {
      b.arg(unit.name());
    }
    return b.build();
  }

  /**
   * BITOP: not idempotent, since the destination may be one of the sources (XOR or NOT applied
   * twice undoes itself).
   */
  public static Command<Long> bitop(BitOperation operation, String destination, List<String> keys) {
    Objects.requireNonNull(operation, "operation == null");
    Strings.requireNotEmpty(keys, "BITOP");
    switch (operation) {
      case NOT:
        if (keys.size() != 1) {
          throw new IllegalArgumentException("BITOP NOT takes exactly one source key, got " + keys.size());
        }
        break;
      case DIFF:
      case DIFF1:
      case ANDOR:
        if (keys.size() < 2) {
          throw new IllegalArgumentException("BITOP " + operation + " needs at least two source keys");
        }
        break;
      default:
        break;
    }
    return Command.builder("BITOP", Decoders.LONG).arg(operation.name()).arg(destination).args(keys).build();
  }

  /** BITPOS with as many of start, end and unit as are given (each needs the one before). */
  public static Command<Long> bitpos(String key, boolean bit, @Nullable Long start, @Nullable Long end,
      @Nullable BitUnit unit) {
    Command.Builder<Long> b = Command.builder("BITPOS", Decoders.LONG).arg(key).arg(bit ? 1 : 0);
    if (start != null) {
      b.arg(start);
      if (end != null) {
        b.arg(end);
        if (unit != null) {
          b.arg(unit.name());
        }
      }
    }
    return b.build();
  }

  public static Command<Boolean> getbit(String key, long offset) {
    return Command.builder("GETBIT", Decoders.BOOLEAN).arg(key).arg(offset).build();
  }

  /** SETBIT replies the previous bit, which a second attempt would report as the new one. */
  public static Command<Boolean> setbit(String key, long offset, boolean value) {
    return Command.builder("SETBIT", Decoders.BOOLEAN).arg(key).arg(offset).arg(value ? 1 : 0).build();
  }

  /** BITFIELD: not idempotent (INCRBY steps; SET replies the old value). */
  public static Command<List<@Nullable Long>> bitfield(String key, BitFieldArgs args) {
    requireOperations(args, "BITFIELD");
    return Command.builder("BITFIELD", NULLABLE_LONGS).arg(key).args(args.arguments()).build();
  }

  public static Command<List<@Nullable Long>> bitfieldRo(String key, BitFieldArgs args) {
    requireOperations(args, "BITFIELD_RO");
    if (args.writes()) {
      throw new IllegalArgumentException("BITFIELD_RO takes only GET operations; use BITFIELD to SET or INCRBY");
    }
    return Command.builder("BITFIELD_RO", NULLABLE_LONGS).arg(key).args(args.arguments()).build();
  }

  private static void requireOperations(BitFieldArgs args, String command) {
    Objects.requireNonNull(args, "args == null");
    if (args.replyCount() == 0) {
      throw new IllegalArgumentException(command + " needs at least one GET, SET or INCRBY");
    }
  }
}
