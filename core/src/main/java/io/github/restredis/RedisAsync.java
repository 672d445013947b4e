package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Raw;
import io.github.restredis.internal.http.AutoPipeline;
import io.github.restredis.internal.http.HttpCall;
import io.github.restredis.internal.http.ReplyReader;
import io.github.restredis.internal.http.Transport;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous view of a {@link Redis} client, from {@link Redis#async()}: every command,
 * returning a {@link CompletableFuture} of the reply the synchronous method returns. Thread-safe.
 *
 * <pre>{@code
 * RedisAsync async = redis.async();
 * CompletableFuture<Long> n = async.incr("visits");
 * CompletableFuture<String> name = async.get("name");
 * n.thenCombine(name, (visits, who) -> who + " is visitor " + visits).thenAccept(System.out::println);
 * }</pre>
 *
 * <p>Requests go through OkHttp's dispatcher: no thread waits per call. With auto-pipelining (on
 * by default, see {@link Redis.Builder#autoPipelining(boolean)}), commands issued while earlier
 * requests are in flight travel together in the next {@code /pipeline} request; with a free slot a
 * command leaves at once. Commands issued by one thread run in the order issued. Each future gets
 * its own reply or error; a batch is sent again after an uncertain failure only if all of its
 * commands are idempotent.
 *
 * <p>A future fails with the {@link UpstashException} the synchronous method would throw. Futures
 * complete on OkHttp's dispatcher threads; a callback that blocks holds one of them.
 */
public final class RedisAsync
    implements AsyncStringCommands, AsyncKeyCommands, AsyncHashCommands, AsyncListCommands,
        AsyncSetCommands, AsyncSortedSetCommands, AsyncServerCommands, AsyncScriptCommands,
        AsyncScanCommands,
        AsyncExpiryCommands, AsyncBitmapCommands,
        AsyncStreamCommands, AsyncStreamGroupCommands,
        AsyncSortedSetRangeCommands, AsyncSortedSetAlgebraCommands,
        AsyncHyperLogLogCommands, AsyncFunctionCommands,
        AsyncHashFieldExpiryCommands,
        AsyncGeoCommands,
        AsyncPubSubCommands,
        AsyncJsonCommands, AsyncJsonCollectionCommands {
  private final Redis redis;
  private final @Nullable AutoPipeline autoPipeline;

  RedisAsync(Redis redis, @Nullable AutoPipeline autoPipeline) {
    this.redis = redis;
    this.autoPipeline = autoPipeline;
  }

  /** {@return the synchronous client this view belongs to} */
  public Redis sync() {
    return redis;
  }

  /**
   * Sends any command, given as strings; see {@link Redis#command(String...)}.
   *
   * @param args the command name (one or more words) and its arguments
   * @return a future of the decoded reply
   */
  public CompletableFuture<Reply> command(String... args) {
    return execute(Raw.command(Arrays.asList(args)));
  }

  /**
   * Sends any command, given as a list of strings; see {@link Redis#command(String...)}.
   *
   * @param args the command name and its arguments
   * @return a future of the decoded reply
   */
  public CompletableFuture<Reply> command(List<String> args) {
    return execute(Raw.command(args));
  }

  <T> CompletableFuture<T> execute(Command<T> command) {
    if (autoPipeline != null) {
      return autoPipeline.submit(command);
    }
    Transport transport = redis.transport();
    // Not thenApply: its future would fail with a CompletionException around our exception, so
    // callbacks would see a different type than with auto-pipelining or the synchronous call.
    CompletableFuture<T> result = new CompletableFuture<>();
    transport.sendAsync(HttpCall.single(command), redis.attemptTimeout(), redis.deadline(),
            ReplyReader::item)
        .whenComplete((received, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
            return;
          }
          try {
            result.complete(transport.decode(command, received.value(), received));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  @Override
  public String toString() {
    return "RedisAsync{url=" + redis.url() + (autoPipeline != null ? ", autoPipelining}" : "}");
  }
}
