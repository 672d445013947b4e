package io.github.restredis;

import io.github.restredis.internal.command.Scripts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * A Lua script that runs by its SHA-1 and sends its source only when the server does not know it.
 * Immutable and thread-safe: create it once, as a constant, and run it with any client.
 *
 * <pre>{@code
 * static final Script RELEASE = Script.of(
 *     "#!lua flags=allow-key-locking\n"
 *         + "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end\n"
 *         + "return 0");
 *
 * long released = RELEASE.eval(redis, List.of("lock:job"), List.of(ownerId)).asLong();
 * }</pre>
 *
 * <p>{@link #eval} sends EVALSHA with the SHA-1 computed here; only when Redis answers {@code
 * NOSCRIPT} does it send one EVAL with the source, which also caches the script for the next call.
 * A {@linkplain #readOnly(String) read-only} script uses EVALSHA_RO and EVAL_RO, which Redis runs
 * only if the script writes nothing (Redis 7.0 or later).
 *
 * <p>On Upstash a script locks the whole database unless its first line is {@code #!lua
 * flags=allow-key-locking}, which locks only the keys it declares; pass every key it touches in
 * {@code keys}.
 *
 * <p>The {@code NOSCRIPT} reply that EVAL follows is not counted as a failure in {@link
 * Redis#metrics()}: both requests and both billed commands are.
 *
 * <p>Retries follow the script's flag: after an uncertain failure (timeout, reset, 5xx) a
 * read-only or {@linkplain #withIdempotent(boolean) idempotent} script is sent again, any other
 * script is not, so its writes never happen twice because of this client.
 */
public final class Script {
  private final String source;
  private final String sha1;
  private final boolean readOnly;
  private final boolean idempotent;

  private Script(String source, String sha1, boolean readOnly, boolean idempotent) {
    this.source = source;
    this.sha1 = sha1;
    this.readOnly = readOnly;
    this.idempotent = idempotent;
  }

  /**
   * {@return a script that may write, run with EVALSHA and EVAL, not idempotent}
   *
   * @param source the Lua source
   */
  public static Script of(String source) {
    Objects.requireNonNull(source, "source == null");
    return new Script(source, sha1Hex(source), false, false);
  }

  /**
   * {@return a script that only reads, run with EVALSHA_RO and EVAL_RO, and so idempotent}
   * A script with a shebang line must also declare {@code no-writes} ({@code #!lua
   * flags=allow-key-locking,no-writes}): Redis 7 refuses the read-only commands otherwise.
   *
   * @param source the Lua source
   */
  public static Script readOnly(String source) {
    Objects.requireNonNull(source, "source == null");
    return new Script(source, sha1Hex(source), true, true);
  }

  /**
   * {@return a copy with another idempotency flag}
   * Mark a writing script idempotent when running it twice leaves Redis as running it once (it
   * sets values rather than incrementing them), so uncertain failures are retried.
   *
   * @param idempotent whether a second run is harmless
   * @throws IllegalArgumentException when clearing the flag of a read-only script
   */
  public Script withIdempotent(boolean idempotent) {
    if (readOnly && !idempotent) {
      throw new IllegalArgumentException("a read-only script is always idempotent");
    }
    return new Script(source, sha1, readOnly, idempotent);
  }

  /** {@return the Lua source} */
  public String source() {
    return source;
  }

  /** {@return the SHA-1 of the source's UTF-8 bytes, 40 lowercase hex digits, as Redis computes it} */
  public String sha1() {
    return sha1;
  }

  /** {@return whether the script runs with EVALSHA_RO and EVAL_RO} */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** {@return whether the script is sent again after an uncertain failure} */
  public boolean isIdempotent() {
    return idempotent;
  }

  /**
   * Runs the script without keys or arguments; see {@link #eval(Redis, List, List)}.
   *
   * @param redis the client
   * @return the script's reply
   */
  public Reply eval(Redis redis) {
    return eval(redis, List.of(), List.of());
  }

  /**
   * Runs the script: EVALSHA first, and EVAL (one more request) only if Redis answers {@code
   * NOSCRIPT}.
   *
   * @param redis the client
   * @param keys the keys the script touches, its {@code KEYS}
   * @param args its {@code ARGV}
   * @return the script's reply: Lua numbers as integers (truncated), strings, {@code false} as
   *     nil, tables as arrays
   */
  public Reply eval(Redis redis, List<String> keys, List<String> args) {
    return evalBytes(redis, utf8(keys), utf8(args));
  }

  /**
   * Runs the script with keys and arguments as exact bytes; see {@link #eval(Redis, List, List)}.
   * Bytes that are not UTF-8 can only be the last argument, as for any command.
   *
   * @param redis the client
   * @param keys the keys the script touches
   * @param args its arguments
   * @return the script's reply
   */
  public Reply evalBytes(Redis redis, List<byte[]> keys, List<byte[]> args) {
    Objects.requireNonNull(redis, "redis == null");
    List<byte[]> k = List.copyOf(keys);
    List<byte[]> a = List.copyOf(args);
    try {
      return redis.execute(
          Scripts.evalshaBeforeEval(readOnly ? "EVALSHA_RO" : "EVALSHA", sha1, k, a, idempotent));
    } catch (RedisErrorException e) {
      if (!e.redisMessage().startsWith("NOSCRIPT")) {
        throw e;
      }
    }
    return redis.execute(Scripts.eval(readOnly ? "EVAL_RO" : "EVAL", source, k, a, idempotent));
  }

  /**
   * Runs the script asynchronously: EVALSHA first, and EVAL only if Redis answers {@code
   * NOSCRIPT}; see {@link #eval(Redis, List, List)}.
   *
   * @param redis the async view of a client
   * @param keys the keys the script touches
   * @param args its arguments
   * @return a future of the script's reply
   */
  public CompletableFuture<Reply> evalAsync(RedisAsync redis, List<String> keys, List<String> args) {
    return evalBytesAsync(redis, utf8(keys), utf8(args));
  }

  /**
   * Runs the script asynchronously with keys and arguments as exact bytes; see {@link
   * #evalAsync(RedisAsync, List, List)}.
   *
   * @param redis the async view of a client
   * @param keys the keys the script touches
   * @param args its arguments
   * @return a future of the script's reply
   */
  public CompletableFuture<Reply> evalBytesAsync(
      RedisAsync redis, List<byte[]> keys, List<byte[]> args) {
    Objects.requireNonNull(redis, "redis == null");
    List<byte[]> k = List.copyOf(keys);
    List<byte[]> a = List.copyOf(args);
    // Completed by hand, not with handle/thenCompose, which would wrap the failure in a
    // CompletionException: callbacks see the UpstashException itself, as for every other command.
    CompletableFuture<Reply> result = new CompletableFuture<>();
    redis.execute(Scripts.evalshaBeforeEval(readOnly ? "EVALSHA_RO" : "EVALSHA", sha1, k, a, idempotent))
        .whenComplete((reply, failure) -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          if (cause == null) {
            result.complete(reply);
          } else if (cause instanceof RedisErrorException
              && ((RedisErrorException) cause).redisMessage().startsWith("NOSCRIPT")) {
            redis.execute(Scripts.eval(readOnly ? "EVAL_RO" : "EVAL", source, k, a, idempotent))
                .whenComplete((evalReply, evalFailure) -> {
                  if (evalFailure == null) {
                    result.complete(evalReply);
                  } else {
                    result.completeExceptionally(evalFailure);
                  }
                });
          } else {
            result.completeExceptionally(cause);
          }
        });
    return result;
  }

  /**
   * Queues the script in a pipeline or transaction. A batch cannot fall back after a {@code
   * NOSCRIPT} reply without reordering its commands, so this queues EVAL (EVAL_RO) with the
   * source, which always runs and caches the script.
   *
   * @param batch the pipeline or transaction
   * @param keys the keys the script touches
   * @param args its arguments
   * @return the script's response
   */
  public Response<Reply> eval(Batch batch, List<String> keys, List<String> args) {
    Objects.requireNonNull(batch, "batch == null");
    return batch.queue(Scripts.eval(readOnly ? "EVAL_RO" : "EVAL", source, utf8(keys), utf8(args),
        idempotent));
  }

  /**
   * Loads the script into the server's cache (SCRIPT LOAD), so that no later call needs EVAL.
   *
   * @param redis the client
   * @return the SHA-1 Redis reports, equal to {@link #sha1()}
   */
  public String load(Redis redis) {
    return redis.execute(Scripts.scriptLoad(source));
  }

  static List<byte[]> utf8(List<String> values) {
    List<byte[]> out = new ArrayList<>(values.size());
    for (String value : values) {
      out.add(value.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String sha1Hex(String source) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(40);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-1", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Script
        && source.equals(((Script) o).source)
        && readOnly == ((Script) o).readOnly
        && idempotent == ((Script) o).idempotent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, readOnly, idempotent);
  }

  /** {@return the SHA-1 and flags, never the source} */
  @Override
  public String toString() {
    return "Script{sha1=" + sha1 + (readOnly ? ", readOnly" : "") + (idempotent ? ", idempotent" : "") + '}';
  }
}
