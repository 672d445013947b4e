package io.github.restredis.internal.command;

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
}
