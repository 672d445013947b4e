package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Server;
import java.time.Instant;

/** Server and connection commands of {@link Redis}. */
public sealed interface ServerCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Checks the connection (PING).
   *
   * @return {@code PONG}
   */
  default String ping() {
    return run(Server.ping());
  }

  /**
   * Returns its argument (ECHO).
   *
   * @param message the text
   * @return the same text
   */
  default String echo(String message) {
    return run(Server.echo(message));
  }

  /**
   * Reads the server clock (TIME).
   *
   * @return the server time, microsecond precision
   */
  default Instant time() {
    return run(Server.time());
  }

  /**
   * Counts the keys of the database (DBSIZE).
   *
   * @return the number of keys
   */
  default long dbsize() {
    return run(Server.dbsize());
  }

  /** Deletes every key of the database (FLUSHDB). */
  default void flushdb() {
    run(Server.flushdb());
  }
}
