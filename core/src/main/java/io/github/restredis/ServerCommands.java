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

  /**
   * Deletes every key of the database, freeing memory as {@code mode} says (FLUSHDB SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   */
  default void flushdb(FlushMode mode) {
    run(Server.flush("FLUSHDB", mode));
  }

  /**
   * Deletes every key of every database (FLUSHALL); on Upstash, of the one database there is.
   * Functions are kept; see {@link FunctionCommands#functionFlush()}.
   */
  default void flushall() {
    run(Server.flush("FLUSHALL", null));
  }

  /**
   * Deletes every key of every database, freeing memory as {@code mode} says (FLUSHALL SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   */
  default void flushall(FlushMode mode) {
    run(Server.flush("FLUSHALL", mode));
  }

  /**
   * Checks the connection with a message of one's own (PING message).
   *
   * @param message the text
   * @return the same text
   */
  default String ping(String message) {
    return run(Server.ping(message));
  }

  /**
   * Reads the server's report of itself (INFO): lines of {@code name:value} under {@code #
   * Section} headings, separated by CRLF. Upstash reports fewer sections and fields than Redis
   * and may add fields, so parse it leniently.
   *
   * @return the report
   */
  default String info() {
    return run(Server.info(null));
  }

  /**
   * Reads one section of the server's report of itself (INFO section).
   *
   * @param section such as {@code server}, {@code memory}, {@code stats} or {@code keyspace}
   * @return the report of that section; empty (or only its heading, on Upstash) if unknown
   */
  default String info(String section) {
    return run(Server.info(section));
  }
}
