// Generated from JsonCollectionCommands.java by SurfaceGenerator (core tests): do not edit.
// Change JsonCollectionCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Json;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link JsonCollectionCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchJsonCollectionCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Appends values to the arrays at a path (JSON.ARRAPPEND).
   *
   * @param key the key
   * @param path the path
   * @param jsonValues the values as JSON text, at least one
   * @return a response that holds, after exec, per match the new length, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrappend(String key, String path, String... jsonValues) {
    return run(Json.arrappend(key, path, Arrays.asList(jsonValues)));
  }

  /**
   * Inserts values before an index of the arrays at a path (JSON.ARRINSERT).
   *
   * @param key the key
   * @param path the path
   * @param index the position; negative counts from the end
   * @param jsonValues the values as JSON text, at least one
   * @return a response that holds, after exec, per match the new length, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrinsert(String key, String path, long index, String... jsonValues) {
    return run(Json.arrinsert(key, path, index, Arrays.asList(jsonValues)));
  }

  /**
   * Finds the first occurrence of a value in the arrays at a path (JSON.ARRINDEX).
   *
   * @param key the key
   * @param path the path
   * @param jsonValue the value as JSON text
   * @return a response that holds, after exec, per match its index, -1 if absent, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrindex(String key, String path, String jsonValue) {
    return run(Json.arrindex(key, path, jsonValue, null, null));
  }

  /**
   * Finds the first occurrence of a value within a slice of the arrays at a path (JSON.ARRINDEX).
   *
   * @param key the key
   * @param path the path
   * @param jsonValue the value as JSON text
   * @param start the first index searched
   * @param stop the index to stop before; 0 or -1 for the end
   * @return a response that holds, after exec, per match its index, -1 if absent, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrindex(String key, String path, String jsonValue, long start, long stop) {
    return run(Json.arrindex(key, path, jsonValue, start, stop));
  }

  /**
   * Measures the array at the root (JSON.ARRLEN).
   *
   * @param key the key
   * @return a response that holds, after exec, a one-item list: the length, or null if the key does not exist
   */
  default Response<List<@Nullable Long>> jsonArrlen(String key) {
    return run(Json.arrlen(key, null));
  }

  /**
   * Measures the arrays at a path (JSON.ARRLEN).
   *
   * @param key the key
   * @param path the path
   * @return a response that holds, after exec, per match the length, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrlen(String key, String path) {
    return run(Json.arrlen(key, path));
  }

  /**
   * Removes and returns the last element of the array at the root (JSON.ARRPOP).
   *
   * @param key the key
   * @return a response that holds, after exec, a one-item list: the element as JSON text, or null if the array is empty
   */
  default Response<List<@Nullable String>> jsonArrpop(String key) {
    return run(Json.arrpop(key, null, null));
  }

  /**
   * Removes and returns the last element of the arrays at a path (JSON.ARRPOP).
   *
   * @param key the key
   * @param path the path
   * @return a response that holds, after exec, per match the element as JSON text, null where empty or not an array
   */
  default Response<List<@Nullable String>> jsonArrpop(String key, String path) {
    return run(Json.arrpop(key, path, null));
  }

  /**
   * Removes and returns the element at an index of the arrays at a path (JSON.ARRPOP).
   *
   * @param key the key
   * @param path the path
   * @param index the position; negative counts from the end, out of range is clamped
   * @return a response that holds, after exec, per match the element as JSON text, null where empty or not an array
   */
  default Response<List<@Nullable String>> jsonArrpop(String key, String path, long index) {
    return run(Json.arrpop(key, path, index));
  }

  /**
   * Keeps only an inclusive range of the arrays at a path (JSON.ARRTRIM).
   *
   * @param key the key
   * @param path the path
   * @param start the first index kept
   * @param stop the last index kept
   * @return a response that holds, after exec, per match the new length, null where it is not an array
   */
  default Response<List<@Nullable Long>> jsonArrtrim(String key, String path, long start, long stop) {
    return run(Json.arrtrim(key, path, start, stop));
  }

  /**
   * Lists the keys of the object at the root (JSON.OBJKEYS).
   *
   * @param key the key
   * @return a response that holds, after exec, a one-item list: the keys, or null if the key does not exist
   */
  default Response<List<@Nullable List<String>>> jsonObjkeys(String key) {
    return run(Json.objkeys(key, null));
  }

  /**
   * Lists the keys of the objects at a path (JSON.OBJKEYS).
   *
   * @param key the key
   * @param path the path
   * @return a response that holds, after exec, per match the keys, null where it is not an object
   */
  default Response<List<@Nullable List<String>>> jsonObjkeys(String key, String path) {
    return run(Json.objkeys(key, path));
  }

  /**
   * Counts the keys of the object at the root (JSON.OBJLEN).
   *
   * @param key the key
   * @return a response that holds, after exec, a one-item list: the count, or null if the key does not exist
   */
  default Response<List<@Nullable Long>> jsonObjlen(String key) {
    return run(Json.objlen(key, null));
  }

  /**
   * Counts the keys of the objects at a path (JSON.OBJLEN).
   *
   * @param key the key
   * @param path the path
   * @return a response that holds, after exec, per match the count, null where it is not an object
   */
  default Response<List<@Nullable Long>> jsonObjlen(String key, String path) {
    return run(Json.objlen(key, path));
  }
}
