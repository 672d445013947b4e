package io.github.restredis.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * At most one computation per key at a time in this process: the first caller runs it, callers
 * arriving meanwhile wait for its result (or its exception) instead of running their own.
 */
final class SingleFlight<T extends @Nullable Object> {
  private final ConcurrentHashMap<String, CompletableFuture<T>> calls =
      new ConcurrentHashMap<>();

  /** Runs {@code work} on this thread, or waits for the run already in flight for {@code key}. */
  T run(String key, Supplier<T> work) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    CompletableFuture<T> running = calls.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      T value = work.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      calls.remove(key, mine);
    }
  }

  /**
   * Starts {@code work} on {@code executor} unless a run for {@code key} is in flight.
   *
   * @return whether it was started
   */
  boolean runAsync(String key, Executor executor, Supplier<T> work) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    if (calls.putIfAbsent(key, mine) != null) {
      return false;
    }
    try {
      executor.execute(() -> {
        try {
          mine.complete(work.get());
        } catch (Throwable t) {
          mine.completeExceptionally(t);
        } finally {
          calls.remove(key, mine);
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      calls.remove(key, mine);
      mine.completeExceptionally(e);
      return false;
    }
  }

  /** {@return whether a run for {@code key} is in flight} */
  boolean running(String key) {
    return calls.containsKey(key);
  }

  private static <T extends @Nullable Object> T await(CompletableFuture<T> running) {
    try {
      return running.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new CacheLoadException("another caller's load failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CacheLoadException("interrupted while waiting for another caller's load", e);
    }
  }
}
