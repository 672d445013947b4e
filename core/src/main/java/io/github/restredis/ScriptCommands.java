package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Scripts;
import java.util.Arrays;
import java.util.List;

/**
 * Scripting commands of {@link Redis}, one request each. Most callers want a {@link Script}, which
 * sends EVALSHA and falls back to EVAL by itself.
 *
 * <pre>{@code
 * Reply n = redis.eval("return redis.call('INCRBY', KEYS[1], ARGV[1])", List.of("n"), List.of("5"));
 * }</pre>
 *
 * <p>EVAL and EVALSHA are never retried after an uncertain failure, since a script may write;
 * EVAL_RO and EVALSHA_RO are.
 */
public sealed interface ScriptCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Runs a script from its source (EVAL).
   *
   * @param script the Lua source
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return the script's reply
   */
  default Reply eval(String script, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVAL", script, Script.utf8(keys), Script.utf8(args), false));
  }

  /**
   * Runs a cached script by its SHA-1 (EVALSHA); a script not in the cache fails with a {@link
   * RedisErrorException} whose message starts with {@code NOSCRIPT}.
   *
   * @param sha1 the script's SHA-1 in hex
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return the script's reply
   */
  default Reply evalsha(String sha1, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVALSHA", sha1, Script.utf8(keys), Script.utf8(args), false));
  }

  /**
   * Runs a read-only script from its source (EVAL_RO, Redis 7.0).
   *
   * @param script the Lua source
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return the script's reply
   */
  default Reply evalRo(String script, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVAL_RO", script, Script.utf8(keys), Script.utf8(args), true));
  }

  /**
   * Runs a cached read-only script by its SHA-1 (EVALSHA_RO, Redis 7.0).
   *
   * @param sha1 the script's SHA-1 in hex
   * @param keys its {@code KEYS}
   * @param args its {@code ARGV}
   * @return the script's reply
   */
  default Reply evalshaRo(String sha1, List<String> keys, List<String> args) {
    return run(Scripts.eval("EVALSHA_RO", sha1, Script.utf8(keys), Script.utf8(args), true));
  }

  /**
   * Caches a script without running it (SCRIPT LOAD).
   *
   * @param script the Lua source
   * @return its SHA-1 in hex
   */
  default String scriptLoad(String script) {
    return run(Scripts.scriptLoad(script));
  }

  /**
   * Checks which scripts are cached (SCRIPT EXISTS).
   *
   * @param sha1s SHA-1s in hex, at least one
   * @return one flag per SHA-1, true if cached
   */
  default List<Boolean> scriptExists(String... sha1s) {
    return run(Scripts.scriptExists(Arrays.asList(sha1s)));
  }

  /** Empties the script cache (SCRIPT FLUSH). */
  default void scriptFlush() {
    run(Scripts.scriptFlush());
  }

  /**
   * Empties the script cache, freeing memory as {@code mode} says (SCRIPT FLUSH SYNC|ASYNC).
   *
   * @param mode whether memory is freed before the reply or in the background
   */
  default void scriptFlush(FlushMode mode) {
    run(Scripts.scriptFlush(mode));
  }
}
