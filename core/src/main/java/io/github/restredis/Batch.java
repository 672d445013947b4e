package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Raw;
import io.github.restredis.internal.http.HttpCall;
import io.github.restredis.internal.http.ReplyReader;
import io.github.restredis.internal.http.Transport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okio.ByteString;

/**
 * Commands queued on the calling thread and sent together by {@link #exec()}: a {@link Pipeline}
 * (in order, not atomic, split into several requests when large) or a {@link Transaction} (one
 * atomic MULTI/EXEC request). Every command of {@link Redis} is here too, returning a {@link
 * Response} instead of the reply.
 *
 * <p>A batch is used once, by one thread; it is not thread-safe. A command that needs a path-style
 * request (a {@code byte[]} value that is not UTF-8) cannot be queued and is refused at once. After
 * an uncertain failure (timeout, reset, 5xx) a request is sent again only if every command in it
 * is idempotent.
 *
 * <p>A reply the client cannot read (not JSON, or not exactly one reply per command, as a broken
 * proxy or a cut body may give) fails every response of its request with one {@link
 * ReplyDecodeException} naming both counts, which {@link #exec()} throws. As for a single
 * command, such a request is never sent again, idempotent or not: the server answered, so its
 * commands may have run.
 */
public abstract sealed class Batch
    implements BatchStringCommands, BatchKeyCommands, BatchHashCommands, BatchListCommands,
        BatchSetCommands, BatchSortedSetCommands, BatchServerCommands, BatchScriptCommands,
        BatchScanCommands,
        BatchExpiryCommands, BatchBitmapCommands,
        BatchStreamCommands, BatchStreamGroupCommands,
        BatchSortedSetRangeCommands, BatchSortedSetAlgebraCommands,
        BatchHyperLogLogCommands, BatchFunctionCommands,
        BatchHashFieldExpiryCommands,
        BatchGeoCommands,
        BatchPubSubCommands,
        BatchJsonCommands, BatchJsonCollectionCommands
    permits Pipeline, Transaction {
  final Redis redis;
  final List<Command<?>> commands = new ArrayList<>();
  final List<ByteString> encoded = new ArrayList<>();
  final List<Response<?>> responses = new ArrayList<>();
  long encodedBytes;
  private boolean executed;

  Batch(Redis redis) {
    this.redis = redis;
  }

  abstract String endpoint();

  <T> Response<T> queue(Command<T> command) {
    if (executed) {
      throw new IllegalStateException(endpoint() + ": already executed; start a new one");
    }
    ByteString bytes = HttpCall.encode(endpoint(), command);
    Response<T> response = new Response<>(command.name());
    commands.add(command);
    encoded.add(bytes);
    responses.add(response);
    encodedBytes += bytes.size();
    return response;
  }

  /**
   * Queues any command, given as strings; see {@link Redis#command(String...)}.
   *
   * @param args the command name and its arguments
   * @return its response
   */
  public Response<Reply> command(String... args) {
    return queue(Raw.command(Arrays.asList(args)));
  }

  /**
   * Queues any command, given as a list of strings; see {@link Redis#command(String...)}.
   *
   * @param args the command name and its arguments
   * @return its response
   */
  public Response<Reply> command(List<String> args) {
    return queue(Raw.command(args));
  }

  /** {@return the number of commands queued} */
  public int size() {
    return commands.size();
  }

  /**
   * Sends the queued commands and completes every {@link Response}. A command's own error fails
   * only its response; this method throws when a request failed as a whole.
   *
   * @throws IllegalStateException if nothing is queued or the batch was already executed
   * @throws UpstashException if a request failed; the responses it carried fail with the same
   *     exception
   */
  public abstract void exec();

  /** Marks the batch executed, refusing an empty or second execution. */
  final void startExec() {
    if (executed) {
      throw new IllegalStateException(endpoint() + ": already executed; start a new one");
    }
    if (commands.isEmpty()) {
      throw new IllegalStateException(endpoint() + ": no commands queued");
    }
    executed = true;
  }

  /**
   * Completes responses {@code from} (inclusive) onward from a reply of {@code count} items, as
   * many as {@link ReplyReader#batch} let through: one per command.
   */
  final void complete(int from, int count, Transport.Received<List<ReplyReader.Item>> received) {
    Transport transport = redis.transport();
    List<ReplyReader.Item> items = received.value();
    for (int i = 0; i < count; i++) {
      completeOne(transport, commands.get(from + i), responses.get(from + i), items.get(i), received);
    }
  }

  private static <T> void completeOne(Transport transport, Command<T> command,
      Response<?> response, ReplyReader.Item item, Transport.Received<?> received) {
    @SuppressWarnings("unchecked") // queue() pairs each Command<T> with a Response<T>
    Response<T> typed = (Response<T>) response;
    try {
      typed.complete(transport.decode(command, item, received));
    } catch (RuntimeException e) {
      typed.fail(e);
    }
  }

  final void fail(int from, int count, RuntimeException failure) {
    for (int i = from; i < from + count; i++) {
      responses.get(i).fail(failure);
    }
  }

  /** {@return the kind and size, never an argument} */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + commands.size() + " commands"
        + (executed ? ", executed}" : "}");
  }
}
