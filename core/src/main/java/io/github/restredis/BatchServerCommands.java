// Generated from ServerCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ServerCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
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

  /**
   * Deletes every key of the database, freeing memory as {@code mode} says (FLUSHDB SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> flushdb(FlushMode mode) {
    return run(Server.flush("FLUSHDB", mode));
  }

  /**
   * Deletes every key of every database (FLUSHALL); on Upstash, of the one database there is.
   * Functions are kept; see {@link FunctionCommands#functionFlush()}.
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> flushall() {
    return run(Server.flush("FLUSHALL", null));
  }

  /**
   * Deletes every key of every database, freeing memory as {@code mode} says (FLUSHALL SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> flushall(FlushMode mode) {
    return run(Server.flush("FLUSHALL", mode));
  }

  /**
   * Checks the connection with a message of one's own (PING message).
   *
   * @param message the text
   * @return a response that holds, after exec, the same text
   */
  default Response<String> ping(String message) {
    return run(Server.ping(message));
  }

  /**
   * Reads the server's report of itself (INFO): lines of {@code name:value} under {@code #
   * Section} headings, separated by CRLF. Upstash reports fewer sections and fields than Redis
   * and may add fields, so parse it leniently.
   *
   * @return a response that holds, after exec, the report
   */
  default Response<String> info() {
    return run(Server.info(null));
  }

  /**
   * Reads one section of the server's report of itself (INFO section).
   *
   * @param section such as {@code server}, {@code memory}, {@code stats} or {@code keyspace}
   * @return a response that holds, after exec, the report of that section; empty (or only its heading, on Upstash) if unknown
   */
  default Response<String> info(String section) {
    return run(Server.info(section));
  }
}
