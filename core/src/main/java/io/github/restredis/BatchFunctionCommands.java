// Generated from FunctionCommands.java by SurfaceGenerator (core tests): do not edit.
// Change FunctionCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Functions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link FunctionCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchFunctionCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Calls a function (FCALL). Never retried after an uncertain failure, since a function may
   * write.
   *
   * @param function the function's name
   * @param keys the keys it touches, its {@code keys} table
   * @param args its other arguments, its {@code args} table
   * @return a response that holds, after exec, the function's reply
   */
  default Response<Reply> fcall(String function, List<String> keys, List<String> args) {
    return run(Functions.fcall("FCALL", function, keys, args));
  }

  /**
   * Calls a function registered with the {@code no-writes} flag (FCALL_RO); retried like any
   * read.
   *
   * @param function the function's name
   * @param keys the keys it reads
   * @param args its other arguments
   * @return a response that holds, after exec, the function's reply
   */
  default Response<Reply> fcallRo(String function, List<String> keys, List<String> args) {
    return run(Functions.fcall("FCALL_RO", function, keys, args));
  }

  /**
   * Loads a library (FUNCTION LOAD); fails if a library of that name exists.
   *
   * @param code the source, starting with {@code #!lua name=<library>}
   * @return a response that holds, after exec, the library's name
   */
  default Response<String> functionLoad(String code) {
    return run(Functions.load(code, false));
  }

  /**
   * Loads a library, replacing one of the same name when {@code replace} is true (FUNCTION LOAD
   * REPLACE).
   *
   * @param code the source, starting with {@code #!lua name=<library>}
   * @param replace whether to replace an existing library of that name
   * @return a response that holds, after exec, the library's name
   */
  default Response<String> functionLoad(String code, boolean replace) {
    return run(Functions.load(code, replace));
  }

  /**
   * Deletes a library and its functions (FUNCTION DELETE); fails if there is none of that name.
   *
   * @param library the library's name
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> functionDelete(String library) {
    return run(Functions.delete(library));
  }

  /**
   * Deletes every library (FUNCTION FLUSH).
   *
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> functionFlush() {
    return run(Functions.flush(null));
  }

  /**
   * Deletes every library, freeing memory as {@code mode} says (FUNCTION FLUSH SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> functionFlush(FlushMode mode) {
    return run(Functions.flush(mode));
  }

  /**
   * Lists the libraries and their functions (FUNCTION LIST).
   *
   * @return a response that holds, after exec, the libraries, without their source
   */
  default Response<List<FunctionLibrary>> functionList() {
    return run(Functions.list(FunctionListArgs.none()));
  }

  /**
   * Lists libraries and their functions (FUNCTION LIST LIBRARYNAME … WITHCODE).
   *
   * @param args which libraries, and whether with their source
   * @return a response that holds, after exec, the libraries
   */
  default Response<List<FunctionLibrary>> functionList(FunctionListArgs args) {
    return run(Functions.list(args));
  }

  /**
   * Reads the function engine's state (FUNCTION STATS).
   *
   * @return a response that holds, after exec, the running function, if any, and the counts per engine
   */
  default Response<FunctionStats> functionStats() {
    return run(Functions.stats());
  }
}
