package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Functions;
import java.util.List;

/**
 * Function commands of {@link Redis} (Redis 7.0): libraries of Lua functions loaded once and
 * called by name.
 *
 * <pre>{@code
 * redis.functionLoad("""
 *     #!lua name=counters
 *     redis.register_function('bump', function(keys, args)
 *       return redis.call('INCRBY', keys[1], args[1])
 *     end)
 *     """, true);
 * long n = redis.fcall("bump", List.of("hits"), List.of("5")).asLong();
 * }</pre>
 */
public sealed interface FunctionCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Calls a function (FCALL). Never retried after an uncertain failure, since a function may
   * write.
   *
   * @param function the function's name
   * @param keys the keys it touches, its {@code keys} table
   * @param args its other arguments, its {@code args} table
   * @return the function's reply
   */
  default Reply fcall(String function, List<String> keys, List<String> args) {
    return run(Functions.fcall("FCALL", function, keys, args));
  }

  /**
   * Calls a function registered with the {@code no-writes} flag (FCALL_RO); retried like any
   * read.
   *
   * @param function the function's name
   * @param keys the keys it reads
   * @param args its other arguments
   * @return the function's reply
   */
  default Reply fcallRo(String function, List<String> keys, List<String> args) {
    return run(Functions.fcall("FCALL_RO", function, keys, args));
  }

  /**
   * Loads a library (FUNCTION LOAD); fails if a library of that name exists.
   *
   * @param code the source, starting with {@code #!lua name=<library>}
   * @return the library's name
   */
  default String functionLoad(String code) {
    return run(Functions.load(code, false));
  }

  /**
   * Loads a library, replacing one of the same name when {@code replace} is true (FUNCTION LOAD
   * REPLACE).
   *
   * @param code the source, starting with {@code #!lua name=<library>}
   * @param replace whether to replace an existing library of that name
   * @return the library's name
   */
  default String functionLoad(String code, boolean replace) {
    return run(Functions.load(code, replace));
  }

  /**
   * Deletes a library and its functions (FUNCTION DELETE); fails if there is none of that name.
   *
   * @param library the library's name
   */
  default void functionDelete(String library) {
    run(Functions.delete(library));
  }

  /** Deletes every library (FUNCTION FLUSH). */
  default void functionFlush() {
    run(Functions.flush(null));
  }

  /**
   * Deletes every library, freeing memory as {@code mode} says (FUNCTION FLUSH SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   */
  default void functionFlush(FlushMode mode) {
    run(Functions.flush(mode));
  }

  /**
   * Lists the libraries and their functions (FUNCTION LIST).
   *
   * @return the libraries, without their source
   */
  default List<FunctionLibrary> functionList() {
    return run(Functions.list(FunctionListArgs.none()));
  }

  /**
   * Lists libraries and their functions (FUNCTION LIST LIBRARYNAME … WITHCODE).
   *
   * @param args which libraries, and whether with their source
   * @return the libraries
   */
  default List<FunctionLibrary> functionList(FunctionListArgs args) {
    return run(Functions.list(args));
  }

  /**
   * Reads the function engine's state (FUNCTION STATS).
   *
   * @return the running function, if any, and the counts per engine
   */
  default FunctionStats functionStats() {
    return run(Functions.stats());
  }
}
