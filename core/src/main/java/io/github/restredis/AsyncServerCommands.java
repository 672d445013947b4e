// Generated from ServerCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ServerCommands, then run
// mvn -pl core -am test -Dtest=GeneratedSurfacesTest -Dsurefire.failIfNoSpecifiedTests=false -Drestredis.regenerate=true
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Server;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ServerCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncServerCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Checks the connection (PING).
   *
   * @return a future of {@code PONG}
   */
  default CompletableFuture<String> ping() {
    return run(Server.ping());
  }

  /**
   * Returns its argument (ECHO).
   *
   * @param message the text
   * @return a future of the same text
   */
  default CompletableFuture<String> echo(String message) {
    return run(Server.echo(message));
  }

  /**
   * Reads the server clock (TIME).
   *
   * @return a future of the server time, microsecond precision
   */
  default CompletableFuture<Instant> time() {
    return run(Server.time());
  }

  /**
   * Counts the keys of the database (DBSIZE).
   *
   * @return a future of the number of keys
   */
  default CompletableFuture<Long> dbsize() {
    return run(Server.dbsize());
  }

  /**
   * Deletes every key of the database (FLUSHDB).
   *
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> flushdb() {
    return run(Server.flushdb());
  }
}
