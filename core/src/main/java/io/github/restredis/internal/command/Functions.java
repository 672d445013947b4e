package io.github.restredis.internal.command;

import io.github.restredis.FlushMode;
import io.github.restredis.FunctionLibrary;
import io.github.restredis.FunctionListArgs;
import io.github.restredis.FunctionStats;
import io.github.restredis.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Definitions of the function commands (Redis 7.0). */
public final class Functions {
  private Functions() {}

  /** One library per item, each a flat array of name/value pairs. */
  private static final Decoder<List<FunctionLibrary>> LIBRARIES = reply -> {
    List<FunctionLibrary> out = new ArrayList<>();
    for (Object item : Nodes.list(reply)) {
      Map<String, @Nullable Object> lib = Nodes.pairs(item);
      List<FunctionLibrary.Function> functions = new ArrayList<>();
      for (Object f : Nodes.list(Nodes.field(lib, "functions"))) {
        Map<String, @Nullable Object> fn = Nodes.pairs(f);
        Set<String> flags = new LinkedHashSet<>();
        for (Object flag : Nodes.list(Nodes.field(fn, "flags"))) {
          flags.add(Nodes.text(flag));
        }
        functions.add(new FunctionLibrary.Function(Nodes.text(Nodes.field(fn, "name")),
            Nodes.nullableText(fn.get("description")), flags));
      }
      out.add(new FunctionLibrary(Nodes.text(Nodes.field(lib, "library_name")),
          Nodes.text(Nodes.field(lib, "engine")), functions, Nodes.nullableText(lib.get("library_code"))));
    }
    return List.copyOf(out);
  };

  /** {@code ["running_script", nil or […], "engines", [name, ["libraries_count", n, "functions_count", m], …]]}. */
  private static final Decoder<FunctionStats> STATS = reply -> {
    Map<String, @Nullable Object> stats = Nodes.pairs(reply);
    Object runningNode = Nodes.field(stats, "running_script");
    FunctionStats.Running running = null;
    if (runningNode != null) {
      Map<String, @Nullable Object> r = Nodes.pairs(runningNode);
      List<String> command = new ArrayList<>();
      for (Object word : Nodes.list(Nodes.field(r, "command"))) {
        command.add(Nodes.text(word));
      }
      running = new FunctionStats.Running(Nodes.text(Nodes.field(r, "name")), command,
          Duration.ofMillis(Nodes.longValue(Nodes.field(r, "duration_ms"))));
    }
    Map<String, FunctionStats.Engine> engines = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : Nodes.pairs(Nodes.field(stats, "engines")).entrySet()) {
      Map<String, @Nullable Object> counts = Nodes.pairs(e.getValue());
      engines.put(e.getKey(), new FunctionStats.Engine(Nodes.longValue(Nodes.field(counts, "libraries_count")),
          Nodes.longValue(Nodes.field(counts, "functions_count"))));
    }
    return new FunctionStats(running, engines);
  };

  /**
   * FCALL or FCALL_RO. A function decides what it writes, so FCALL is never retried after an
   * uncertain failure; FCALL_RO cannot write and is.
   */
  public static Command<Reply> fcall(String name, String function, List<String> keys, List<String> args) {
    Objects.requireNonNull(function, "function == null");
    return Command.builder(name, Decoders.REPLY).arg(function).arg(keys.size()).args(keys).args(args).build();
  }

  /** FUNCTION LOAD: with REPLACE loading twice is harmless; without, the second attempt fails. */
  public static Command<String> load(String code, boolean replace) {
    Command.Builder<String> b = Command.builder("FUNCTION LOAD", Decoders.STATUS);
    if (replace) {
      b.arg("REPLACE").idempotent(true);
    }
    return b.arg(code).build();
  }

  public static Command<@Nullable Void> delete(String library) {
    return Command.builder("FUNCTION DELETE", Decoders.OK).arg(library).build();
  }

  public static Command<@Nullable Void> flush(@Nullable FlushMode mode) {
    Command.Builder<@Nullable Void> b = Command.builder("FUNCTION FLUSH", Decoders.OK);
    if (mode != null) {
      b.arg(mode.name());
    }
    return b.build();
  }

  public static Command<List<FunctionLibrary>> list(FunctionListArgs args) {
    Command.Builder<List<FunctionLibrary>> b = Command.builder("FUNCTION LIST", LIBRARIES);
    String pattern = args.libraryNamePattern();
    if (pattern != null) {
      b.arg("LIBRARYNAME").arg(pattern);
    }
    if (args.isWithCode()) {
      b.arg("WITHCODE");
    }
    return b.build();
  }

  public static Command<FunctionStats> stats() {
    return Command.builder("FUNCTION STATS", STATS).build();
  }
}
