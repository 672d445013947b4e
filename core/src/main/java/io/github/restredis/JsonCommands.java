package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Json;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RedisJSON document commands of {@link Redis} ({@code JSON.*}, which Upstash serves); arrays and
 * objects are in {@link JsonCollectionCommands}. Values go and come as JSON text; for Java objects
 * see {@link JsonView#jsonSet} and {@link JsonView#jsonGet}.
 *
 * <p>A JSONPath ({@code $.a}, {@code $..a}) can match several values, so commands that act on
 * matches return one list item per match, null where a match has the wrong type. A legacy path
 * ({@code .a}) or no path acts on one value and returns a one-item list.
 *
 * <pre>{@code
 * redis.jsonSet("user:1", "$", "{\"name\":\"Ada\",\"visits\":1}");
 * redis.jsonNumincrby("user:1", "$.visits", 1);            // [2]
 * String name = redis.jsonGet("user:1", "$.name");          // ["Ada"]
 * }</pre>
 */
public sealed interface JsonCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Sets the value at a path, creating the document at {@code $} (JSON.SET).
   *
   * @param key the key
   * @param path the path; a new key needs the root, {@code $}
   * @param json the value as JSON text; a string must be quoted ({@code "\"text\""})
   * @return true (RedisJSON answers OK)
   */
  default boolean jsonSet(String key, String path, String json) {
    return run(Json.set(key, path, json, JsonSetArgs.none()));
  }

  /**
   * Sets the value at a path only if it does not exist (NX) or only if it does (XX) (JSON.SET).
   *
   * @param key the key
   * @param path the path
   * @param json the value as JSON text
   * @param args NX or XX
   * @return true if set, false if the condition was not met
   */
  default boolean jsonSet(String key, String path, String json, JsonSetArgs args) {
    return run(Json.set(key, path, json, args));
  }

  /**
   * Gets values as JSON text (JSON.GET).
   *
   * @param key the key
   * @param paths no path for the whole document; one JSONPath for a JSON array of its matches
   *     ({@code $..b} → {@code [null,3]}); several paths for an object of path → matches
   * @return the JSON text, or null if the key does not exist
   */
  default @Nullable String jsonGet(String key, String... paths) {
    return run(Json.get(key, JsonGetArgs.none(), Arrays.asList(paths)));
  }

  /**
   * Gets values as formatted JSON text (JSON.GET with INDENT, NEWLINE, SPACE).
   *
   * @param key the key
   * @param args the formatting
   * @param paths the paths, none for the whole document
   * @return the JSON text, or null if the key does not exist
   */
  default @Nullable String jsonGet(String key, JsonGetArgs args, String... paths) {
    return run(Json.get(key, args, Arrays.asList(paths)));
  }

  /**
   * Gets one path from several documents (JSON.MGET).
   *
   * @param keys the keys, at least one
   * @param path the path
   * @return per key, the JSON text of the matches (a JSON array for a JSONPath), null where the
   *     key does not exist
   */
  default List<@Nullable String> jsonMget(List<String> keys, String path) {
    return run(Json.mget(keys, path));
  }

  /**
   * Sets several paths, in one or more documents, atomically (JSON.MSET).
   *
   * @param entries the keys, paths and JSON values, at least one
   */
  default void jsonMset(List<JsonSetEntry> entries) {
    run(Json.mset(entries));
  }

  /**
   * Merges a value into the one at a path, RFC 7396 style: null deletes, objects merge, anything
   * else replaces (JSON.MERGE).
   *
   * @param key the key
   * @param path the path
   * @param json the value to merge, as JSON text
   */
  default void jsonMerge(String key, String path, String json) {
    run(Json.merge(key, path, json));
  }

  /**
   * Deletes the whole document (JSON.DEL).
   *
   * @param key the key
   * @return 1 if deleted, 0 if the key did not exist
   */
  default long jsonDel(String key) {
    return run(Json.del(key, null));
  }

  /**
   * Deletes the values at a path (JSON.DEL).
   *
   * @param key the key
   * @param path the path
   * @return the number of values deleted
   */
  default long jsonDel(String key, String path) {
    return run(Json.del(key, path));
  }

  /**
   * Deletes the whole document (JSON.FORGET, an alias of JSON.DEL).
   *
   * @param key the key
   * @return 1 if deleted, 0 if the key did not exist
   */
  default long jsonForget(String key) {
    return run(Json.forget(key, null));
  }

  /**
   * Deletes the values at a path (JSON.FORGET, an alias of JSON.DEL).
   *
   * @param key the key
   * @param path the path
   * @return the number of values deleted
   */
  default long jsonForget(String key, String path) {
    return run(Json.forget(key, path));
  }

  /**
   * Empties the root container, or sets a number at the root to 0 (JSON.CLEAR).
   *
   * @param key the key
   * @return the number of values cleared
   */
  default long jsonClear(String key) {
    return run(Json.clear(key, null));
  }

  /**
   * Empties the arrays and objects and zeroes the numbers at a path (JSON.CLEAR).
   *
   * @param key the key
   * @param path the path
   * @return the number of values cleared
   */
  default long jsonClear(String key, String path) {
    return run(Json.clear(key, path));
  }

  /**
   * Reports the type of the root (JSON.TYPE).
   *
   * @param key the key
   * @return the type ({@code object}, {@code array}, {@code string}, {@code integer}, {@code
   *     number}, {@code boolean}, {@code null}), empty if the key does not exist
   */
  default List<String> jsonType(String key) {
    return run(Json.type(key, null));
  }

  /**
   * Reports the types of the values at a path (JSON.TYPE).
   *
   * @param key the key
   * @param path the path
   * @return one type per match
   */
  default List<String> jsonType(String key, String path) {
    return run(Json.type(key, path));
  }

  /**
   * Returns the document in RESP form (JSON.RESP): an object as an array starting with the string
   * <code>"{"</code> followed by names and values, an array as one starting with {@code "["},
   * numbers as integers or strings.
   *
   * @param key the key
   * @return the RESP tree
   */
  default Reply jsonResp(String key) {
    return run(Json.resp(key, null));
  }

  /**
   * Returns the values at a path in RESP form (JSON.RESP).
   *
   * @param key the key
   * @param path the path
   * @return the RESP tree, one element per match for a JSONPath
   */
  default Reply jsonResp(String key, String path) {
    return run(Json.resp(key, path));
  }

  /**
   * Flips the booleans at a path (JSON.TOGGLE).
   *
   * @param key the key
   * @param path the path
   * @return per match the new value, null where it is not a boolean
   */
  default List<@Nullable Boolean> jsonToggle(String key, String path) {
    return run(Json.toggle(key, path));
  }

  /**
   * Adds to the numbers at a path (JSON.NUMINCRBY).
   *
   * @param key the key
   * @param path the path
   * @param value the amount
   * @return per match the new value (a {@link Long} for integers, a {@link Double} otherwise),
   *     null where it is not a number
   */
  default List<@Nullable Number> jsonNumincrby(String key, String path, double value) {
    return run(Json.numincrby(key, path, value));
  }

  /**
   * Multiplies the numbers at a path (JSON.NUMMULTBY).
   *
   * @param key the key
   * @param path the path
   * @param value the factor
   * @return per match the new value, null where it is not a number
   */
  default List<@Nullable Number> jsonNummultby(String key, String path, double value) {
    return run(Json.nummultby(key, path, value));
  }

  /**
   * Measures the string at the root (JSON.STRLEN).
   *
   * @param key the key
   * @return a one-item list: the length, or null if the key does not exist
   */
  default List<@Nullable Long> jsonStrlen(String key) {
    return run(Json.strlen(key, null));
  }

  /**
   * Measures the strings at a path (JSON.STRLEN).
   *
   * @param key the key
   * @param path the path
   * @return per match the length, null where it is not a string
   */
  default List<@Nullable Long> jsonStrlen(String key, String path) {
    return run(Json.strlen(key, path));
  }

  /**
   * Appends text to the strings at a path (JSON.STRAPPEND). The text is plain: it is sent as a
   * JSON string for you.
   *
   * @param key the key
   * @param path the path
   * @param text the text to append, unquoted
   * @return per match the new length, null where it is not a string
   */
  default List<@Nullable Long> jsonStrappend(String key, String path, String text) {
    return run(Json.strappend(key, path, text));
  }
}
