package io.github.restredis.internal.http;

import io.github.restredis.RequestTooLargeException;
import io.github.restredis.internal.command.Command;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Auto-pipelining: commands submitted while {@code maxInFlight} requests are out wait, and go
 * together into the next {@code /pipeline} request as soon as one returns. There is no timer:
 * with a free slot, a command leaves at once.
 *
 * <p>Order: a command waits for the previous command submitted by the same thread until that one
 * is either in the same batch (which Redis runs in order) or done. So one thread's commands run
 * in the order issued, while other threads' commands fill the batches in between.
 */
public final class AutoPipeline {
  private final Transport transport;
  private final int maxInFlight;
  private final int maxBatch;
  private final Duration attemptTimeout;
  private final Duration deadline;
  // Only the small ticket stays reachable from the thread, never a command or its reply.
  private final ThreadLocal<@Nullable Ticket> lastOfThread = new ThreadLocal<>();
  private final ArrayDeque<Entry> pending = new ArrayDeque<>();
  private int inFlight;
  private long batchIds;

  /** Creates a pipeliner sending through {@code transport}. */
  public AutoPipeline(Transport transport, int maxInFlight, int maxBatch, Duration attemptTimeout,
      Duration deadline) {
    this.transport = transport;
    this.maxInFlight = maxInFlight;
    this.maxBatch = maxBatch;
    this.attemptTimeout = attemptTimeout;
    this.deadline = deadline;
  }

  /** Where a command is: in which batch (0 until taken), and whether its reply arrived. */
  private static final class Ticket {
    long batch;
    volatile boolean done;
  }

  private static final class Entry {
    @Nullable Command<?> command;
    final @Nullable ByteString encoded; // null: must travel alone, path-style
    final CompletableFuture<Object> future = new CompletableFuture<>();
    final long submitted = System.nanoTime();
    final Ticket ticket = new Ticket();
    @Nullable Ticket previous; // the same thread's previous command, until this one is taken

    Entry(Command<?> command, @Nullable ByteString encoded, @Nullable Ticket previous) {
      this.command = command;
      this.encoded = encoded;
      this.previous = previous;
    }
  }

  /** {@return the reply of {@code command}, sent in the next batch the ordering rule allows} */
  @SuppressWarnings("unchecked") // the future is completed with the command's decoded reply
  public <T> CompletableFuture<T> submit(Command<T> command) {
    ByteString encoded = command.rawIndex() >= 0 ? null : HttpCall.encode("pipeline", command);
    long size = encoded == null ? HttpCall.single(command).size() : HttpCall.batchSize(encoded.size(), 1);
    if (size > transport.maxRequestBytes()) {
      return CompletableFuture.failedFuture(
          new RequestTooLargeException(command.name(), size, transport.maxRequestBytes()));
    }
    Entry entry = new Entry(command, encoded, lastOfThread.get());
    lastOfThread.set(entry.ticket);
    synchronized (this) {
      pending.add(entry);
    }
    drain();
    return (CompletableFuture<T>) (CompletableFuture<?>) entry.future;
  }

  /** Sends batches while a slot is free and some pending command may go. */
  private void drain() {
    while (true) {
      List<Entry> batch;
      synchronized (this) {
        if (inFlight >= maxInFlight) {
          return;
        }
        batch = take();
        if (batch.isEmpty()) {
          return;
        }
        inFlight++;
      }
      send(batch);
    }
  }

  /** Takes the next batch out of {@code pending}, in order, honouring each thread's order. */
  private List<Entry> take() {
    List<Entry> batch = new ArrayList<>();
    long id = ++batchIds;
    long bytes = 0;
    for (Iterator<Entry> it = pending.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
      Entry e = it.next();
      Ticket previous = e.previous;
      if (previous != null && !previous.done && previous.batch != id) {
        continue;
      }
      if (e.encoded == null) {
        // A path-style command goes alone; it waits for an empty batch.
        if (batch.isEmpty()) {
          it.remove();
          e.ticket.batch = id;
          e.previous = null;
          batch.add(e);
          return batch;
        }
        continue;
      }
      long next = bytes + e.encoded.size();
      if (!batch.isEmpty()
          && HttpCall.batchSize(next, batch.size() + 1) > transport.maxRequestBytes()) {
        break;
      }
      it.remove();
      e.ticket.batch = id;
      e.previous = null; // drop the chain so a busy thread does not hold all its history
      batch.add(e);
      bytes = next;
    }
    return batch;
  }

  private void send(List<Entry> batch) {
    long oldest = batch.get(0).submitted;
    Duration left = deadline.minusNanos(System.nanoTime() - oldest);
    if (left.isNegative() || left.isZero()) {
      left = Duration.ofMillis(1);
    }
    if (batch.get(0).encoded == null) {
      Command<?> command = batch.get(0).command;
      HttpCall call = HttpCall.single(command);
      transport.sendAsync(call, attemptTimeout, left, ReplyReader::item).whenComplete(
          (received, failure) -> finished(batch, failure, () -> complete(batch.get(0), received.value(), received)));
      return;
    }
    List<Command<?>> commands = new ArrayList<>(batch.size());
    List<ByteString> encoded = new ArrayList<>(batch.size());
    for (Entry e : batch) {
      commands.add(e.command);
      encoded.add(e.encoded);
    }
    HttpCall call = HttpCall.batch("pipeline", commands, encoded);
    // ReplyReader.batch fails the request unless there is exactly one reply per command.
    transport.sendAsync(call, attemptTimeout, left, ReplyReader.batch(call)).whenComplete(
        (received, failure) -> finished(batch, failure, () -> {
          List<ReplyReader.Item> items = received.value();
          for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), items.get(i), received);
          }
        }));
  }

  private void finished(List<Entry> batch, @Nullable Throwable failure, Runnable completeAll) {
    for (Entry e : batch) {
      e.ticket.done = true;
    }
    synchronized (this) {
      inFlight--;
    }
    // The next batch leaves before callers' callbacks run, so they cannot delay it.
    drain();
    if (failure != null) {
      for (Entry e : batch) {
        e.future.completeExceptionally(failure);
      }
    } else {
      completeAll.run();
    }
    for (Entry e : batch) {
      e.command = null;
    }
  }

  private void complete(Entry entry, ReplyReader.Item item, Transport.Received<?> received) {
    Command<?> command = entry.command;
    try {
      entry.future.complete(transport.decode(command, item, received));
    } catch (RuntimeException e) {
      entry.future.completeExceptionally(e);
    }
  }
}
