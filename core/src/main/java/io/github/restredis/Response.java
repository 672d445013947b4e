package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The reply of one command queued in a {@link Pipeline} or {@link Transaction}, available after
 * {@link Batch#exec()}.
 *
 * <pre>{@code
 * Pipeline p = redis.pipeline();
 * Response<Long> n = p.incr("visits");
 * Response<String> name = p.get("name");
 * p.exec();
 * long visits = n.get();
 * }</pre>
 *
 * <p>A command that failed fails only its own response: {@link #get()} throws that command's
 * {@link RedisErrorException}, and the other responses keep their replies.
 *
 * @param <T> the decoded reply type, as the synchronous method of the same name returns it
 */
public final class Response<T> {
  private final String command;
  private volatile boolean done;
  private @Nullable T value;
  private @Nullable RuntimeException failure;

  Response(String command) {
    this.command = command;
  }

  /**
   * {@return the reply}
   *
   * @throws IllegalStateException before the batch was executed
   * @throws UpstashException the command's own failure, or the request's if it failed as a whole
   */
  public T get() {
    if (!done) {
      throw new IllegalStateException(command + ": the batch has not been executed; call exec()");
    }
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
    // Null only where T is a nullable type, as for the synchronous method.
    return value;
  }

  /** {@return whether the reply or failure is known} */
  public boolean isDone() {
    return done;
  }

  /** {@return whether the command failed, or false before it is done} */
  public boolean isFailed() {
    return done && failure != null;
  }

  void complete(@Nullable T value) {
    this.value = value;
    this.done = true;
  }

  void fail(RuntimeException failure) {
    this.failure = failure;
    this.done = true;
  }

  /** {@return the command name and state, never the reply} */
  @Override
  public String toString() {
    return "Response{" + command + (done ? (failure != null ? ", failed}" : ", done}") : ", pending}");
  }
}
