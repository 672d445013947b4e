// Generated from ServerCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ServerCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
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

  /**
   * Deletes every key of the database, freeing memory as {@code mode} says (FLUSHDB SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> flushdb(FlushMode mode) {
    return run(Server.flush("FLUSHDB", mode));
  }

  /**
   * Deletes every key of every database (FLUSHALL); on Upstash, of the one database there is.
   * Functions are kept; see {@link FunctionCommands#functionFlush()}.
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> flushall() {
    return run(Server.flush("FLUSHALL", null));
  }

  /**
   * Deletes every key of every database, freeing memory as {@code mode} says (FLUSHALL SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> flushall(FlushMode mode) {
    return run(Server.flush("FLUSHALL", mode));
  }

  /**
   * Checks the connection with a message of one's own (PING message).
   *
   * @param message the text
   * @return a future of the same text
   */
  default CompletableFuture<String> ping(String message) {
    return run(Server.ping(message));
  }

  /**
   * Reads the server's report of itself (INFO): lines of {@code name:value} under {@code #
   * Section} headings, separated by CRLF. Upstash reports fewer sections and fields than Redis
   * and may add fields, so parse it leniently.
   *
   * @return a future of the report
   */
  default CompletableFuture<String> info() {
    return run(Server.info(null));
  }

  /**
   * Reads one section of the server's report of itself (INFO section).
   *
   * @param section such as {@code server}, {@code memory}, {@code stats} or {@code keyspace}
   * @return a future of the report of that section; empty (or only its heading, on Upstash) if unknown
   */
  default CompletableFuture<String> info(String section) {
    return run(Server.info(section));
  }
}
