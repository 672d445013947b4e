package io.github.restredis.cache;

/**
 * A checked exception thrown by a {@link CacheLoader}, or an interrupt while waiting for another
 * caller's load of the same key. Redis failures never surface as this: they only make the cache
 * fall back to the loader.
 */
public final class CacheLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a loader's failure.
   *
   * @param message what failed
   * @param cause the loader's exception
   */
  public CacheLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
