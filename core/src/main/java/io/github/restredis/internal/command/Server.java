package io.github.restredis.internal.command;

import io.github.restredis.FlushMode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Definitions of the server and connection commands. */
public final class Server {
  private Server() {}

  public static Command<String> ping() {
    return Command.builder("PING", Decoders.STATUS).build();
  }

  public static Command<String> echo(String message) {
    return Command.builder("ECHO", Decoders.STATUS).arg(message).build();
  }

  public static Command<Instant> time() {
    return Command.builder("TIME", Decoders.TIME).build();
  }

  public static Command<Long> dbsize() {
    return Command.builder("DBSIZE", Decoders.LONG).build();
  }

  public static Command<@Nullable Void> flushdb() {
    return Command.builder("FLUSHDB", Decoders.OK).build();
  }

  public static Command<String> ping(String message) {
    return Command.builder("PING", Decoders.STATUS).arg(message).build();
  }

  /** FLUSHDB or FLUSHALL, with SYNC or ASYNC when a mode is given. */
  public static Command<@Nullable Void> flush(String name, @Nullable FlushMode mode) {
    Command.Builder<@Nullable Void> b = Command.builder(name, Decoders.OK);
    if (mode != null) {
      b.arg(mode.name());
    }
    return b.build();
  }

  public static Command<String> info(@Nullable String section) {
    Command.Builder<String> b = Command.builder("INFO", Decoders.STATUS);
    if (section != null) {
      b.arg(section);
    }
    return b.build();
  }
}
