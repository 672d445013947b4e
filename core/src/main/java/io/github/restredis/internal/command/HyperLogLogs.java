package io.github.restredis.internal.command;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Definitions of the HyperLogLog commands. */
public final class HyperLogLogs {
  private HyperLogLogs() {}

  public static Command<Boolean> pfadd(String key, List<String> elements) {
    return Command.builder("PFADD", Decoders.BOOLEAN).arg(key).args(elements).build();
  }

  public static Command<Long> pfcount(List<String> keys) {
    Strings.requireNotEmpty(keys, "PFCOUNT");
    return Command.builder("PFCOUNT", Decoders.LONG).args(keys).build();
  }

  /** PFMERGE: a union, so merging the same sources again leaves the same registers. */
  public static Command<@Nullable Void> pfmerge(String destination, List<String> sources) {
    return Command.builder("PFMERGE", Decoders.OK).arg(destination).args(sources).build();
  }
}
