// Generated from ScriptCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ScriptCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Scripts;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ScriptCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncScriptCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Runs a script from its source (EVAL).
   *
   * @param script the Lua source
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return a future of the script's reply
   */
  default CompletableFuture<Reply> eval(String script, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVAL", script, Script.utf8(keys), Script.utf8(args), false));
  }

  /**
   * Runs a cached script by its SHA-1 (EVALSHA); a script not in the cache fails with a {@link
   * RedisErrorException} whose message starts with {@code NOSCRIPT}.
   *
   * @param sha1 the script's SHA-1 in hex
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return a future of the script's reply
   */
  default CompletableFuture<Reply> evalsha(String sha1, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVALSHA", sha1, Script.utf8(keys), Script.utf8(args), false));
  }

  /**
   * Runs a read-only script from its source (EVAL_RO, Redis 7.0).
   *
   * @param script the Lua source
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return a future of the script's reply
   */
  default CompletableFuture<Reply> evalRo(String script, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVAL_RO", script, Script.utf8(keys), Script.utf8(args), true));
  }

  /**
   * Runs a cached read-only script by its SHA-1 (EVALSHA_RO, Redis 7.0).
   *
   * @param sha1 the script's SHA-1 in hex
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return a future of the script's reply
   */
  default CompletableFuture<Reply> evalshaRo(String sha1, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVALSHA_RO", sha1, Script.utf8(keys), Script.utf8(args), true));
  }

  /**
   * Caches a script without running it (SCRIPT LOAD).
   *
   * @param script the Lua source
   * @return a future of its SHA-1 in hex
   */
  default CompletableFuture<String> scriptLoad(String script) {
    return run(Scripts.scriptLoad(script));
  }

  /**
   * Checks which scripts are cached (SCRIPT EXISTS).
   *
   * @param sha1s SHA-1s in hex, at least one
   * @return a future of one flag per SHA-1, true if cached
   */
  default CompletableFuture<List<Boolean>> scriptExists(String... sha1s) {
    return run(Scripts.scriptExists(Arrays.asList(sha1s)));
  }

  /**
   * Empties the script cache (SCRIPT FLUSH).
   *
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> scriptFlush() {
    return run(Scripts.scriptFlush());
  }

  /**
   * Empties the script cache, freeing memory as {@code mode} says (SCRIPT FLUSH SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> scriptFlush(FlushMode mode) {
    return run(Scripts.scriptFlush(mode));
  }
}
