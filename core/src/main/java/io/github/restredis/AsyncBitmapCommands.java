// Generated from BitmapCommands.java by SurfaceGenerator (core tests): do not edit.
// Change BitmapCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Bitmaps;
import io.github.restredis.internal.command.Command;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link BitmapCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncBitmapCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Counts the bits set to 1 (BITCOUNT).
   *
   * @param key the key
   * @return a future of the number of set bits, 0 if the key does not exist
   */
  default CompletableFuture<Long> bitcount(String key) {
    return run(Bitmaps.bitcount(key));
  }

  /**
   * Counts the bits set to 1 in a byte range (BITCOUNT start end).
   *
   * @param key the key
   * @param start the first byte, negative from the end
   * @param end the last byte, inclusive, negative from the end
   * @return a future of the number of set bits in the range
   */
  default CompletableFuture<Long> bitcount(String key, long start, long end) {
    return run(Bitmaps.bitcount(key, start, end, null));
  }

  /**
   * Counts the bits set to 1 in a range of bytes or bits (BITCOUNT start end BYTE|BIT, Redis 7.0).
   *
   * @param key the key
   * @param start the first byte or bit, negative from the end
   * @param end the last byte or bit, inclusive, negative from the end
   * @param unit whether the offsets count bytes or bits
   * @return a future of the number of set bits in the range
   */
  default CompletableFuture<Long> bitcount(String key, long start, long end, BitUnit unit) {
    return run(Bitmaps.bitcount(key, start, end, unit));
  }

  /**
   * Combines values bit by bit and stores the result (BITOP). Shorter values count as padded
   * with zero bytes. Not retried after an uncertain failure: the destination may be a source.
   *
   * <pre>{@code
   * redis.bitop(BitOperation.AND, "active:both", "active:mon", "active:tue");
   * }</pre>
   *
   * @param operation the operation; NOT takes exactly one key, DIFF, DIFF1 and ANDOR at least two
   * @param destination the key to write; an empty result deletes it
   * @param keys the source keys, at least one
   * @return a future of the length of the stored value in bytes
   */
  default CompletableFuture<Long> bitop(BitOperation operation, String destination, String... keys) {
    return run(Bitmaps.bitop(operation, destination, Arrays.asList(keys)));
  }

  /**
   * Finds the first bit with a given value (BITPOS).
   *
   * @param key the key
   * @param bit true to find a 1, false to find a 0
   * @return a future of its bit offset, or -1 if there is none; a missing key reads as all zeros, and
   *     looking for 0 in a value of all ones gives the first bit past its end
   */
  default CompletableFuture<Long> bitpos(String key, boolean bit) {
    return run(Bitmaps.bitpos(key, bit, null, null, null));
  }

  /**
   * Finds the first bit with a given value from a byte onwards (BITPOS bit start).
   *
   * @param key the key
   * @param bit true to find a 1, false to find a 0
   * @param start the first byte to search, negative from the end
   * @return a future of its bit offset from the start of the value, or -1 if there is none
   */
  default CompletableFuture<Long> bitpos(String key, boolean bit, long start) {
    return run(Bitmaps.bitpos(key, bit, start, null, null));
  }

  /**
   * Finds the first bit with a given value in a byte range (BITPOS bit start end).
   *
   * @param key the key
   * @param bit true to find a 1, false to find a 0
   * @param start the first byte to search, negative from the end
   * @param end the last byte to search, inclusive
   * @return a future of its bit offset from the start of the value, or -1 if there is none in the range
   */
  default CompletableFuture<Long> bitpos(String key, boolean bit, long start, long end) {
    return run(Bitmaps.bitpos(key, bit, start, end, null));
  }

  /**
   * Finds the first bit with a given value in a range of bytes or bits (BITPOS bit start end
   * BYTE|BIT, Redis 7.0).
   *
   * @param key the key
   * @param bit true to find a 1, false to find a 0
   * @param start the first byte or bit to search, negative from the end
   * @param end the last byte or bit to search, inclusive
   * @param unit whether the offsets count bytes or bits
   * @return a future of its bit offset from the start of the value, or -1 if there is none in the range
   */
  default CompletableFuture<Long> bitpos(String key, boolean bit, long start, long end, BitUnit unit) {
    return run(Bitmaps.bitpos(key, bit, start, end, unit));
  }

  /**
   * Reads one bit (GETBIT).
   *
   * @param key the key
   * @param offset the bit offset; bits past the end read as 0
   * @return a future of true for 1, false for 0
   */
  default CompletableFuture<Boolean> getbit(String key, long offset) {
    return run(Bitmaps.getbit(key, offset));
  }

  /**
   * Writes one bit, growing the value as needed (SETBIT). Not retried after an uncertain
   * failure, since a second attempt would report the bit the first one wrote.
   *
   * @param key the key
   * @param offset the bit offset, below 2^32
   * @param value true for 1, false for 0
   * @return a future of the bit's previous value
   */
  default CompletableFuture<Boolean> setbit(String key, long offset, boolean value) {
    return run(Bitmaps.setbit(key, offset, value));
  }

  /**
   * Reads, writes and increments integers packed in a value (BITFIELD). Not retried after an
   * uncertain failure.
   *
   * <pre>{@code
   * List<Long> r = redis.bitfield("k", BitFieldArgs.Builder.set("u8", 0, 200).incrby("u8", 0, 100));
   * // [0, 44]: the old value, then 300 wrapped around
   * }</pre>
   *
   * @param key the key
   * @param args the operations, at least one GET, SET or INCRBY
   * @return a future of one reply per GET, SET and INCRBY, in order: the value read, the old value, the new
   *     value; null for a SET or INCRBY that overflowed under OVERFLOW FAIL
   */
  default CompletableFuture<List<@Nullable Long>> bitfield(String key, BitFieldArgs args) {
    return run(Bitmaps.bitfield(key, args));
  }

  /**
   * Reads integers packed in a value (BITFIELD_RO).
   *
   * @param key the key
   * @param args GET operations only; anything else throws before sending
   * @return a future of one value per GET, in order
   */
  default CompletableFuture<List<@Nullable Long>> bitfieldRo(String key, BitFieldArgs args) {
    return run(Bitmaps.bitfieldRo(key, args));
  }
}
