// Generated from ServerCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ServerCommands, then run
// mvn -pl core -am test -Dtest=GeneratedSurfacesTest -Dsurefire.failIfNoSpecifiedTests=false -Drestredis.regenerate=true
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Server;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ServerCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchServerCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Checks the connection (PING).
   *
   * @return a response that holds, after exec, {@code PONG}
   */
  default Response<String> ping() {
    return run(Server.ping());
  }

  /**
   * Returns its argument (ECHO).
   *
   * @param message the text
   * @return a response that holds, after exec, the same text
   */
  default Response<String> echo(String message) {
    return run(Server.echo(message));
  }

  /**
   * Reads the server clock (TIME).
   *
   * @return a response that holds, after exec, the server time, microsecond precision
   */
  default Response<Instant> time() {
    return run(Server.time());
  }

  /**
   * Counts the keys of the database (DBSIZE).
   *
   * @return a response that holds, after exec, the number of keys
   */
  default Response<Long> dbsize() {
    return run(Server.dbsize());
  }

  /**
   * Deletes every key of the database (FLUSHDB).
   *
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> flushdb() {
    return run(Server.flushdb());
  }
}
