package io.github.restredis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The operations of one {@code BITFIELD} call, in order: GET, SET and INCRBY of integers of any
 * width at any bit offset, and the OVERFLOW mode of the SET and INCRBY operations after it.
 * Immutable; each method returns a new value with one more operation.
 *
 * <pre>{@code
 * // a u8 counter per hour of the day, saturating at 255
 * List<Long> replies = redis.bitfield("hits", BitFieldArgs.Builder.overflowSat()
 *     .incrby("u8", "#13", 1)   // the 14th u8: bit offset 13 * 8
 *     .get("u8", "#13"));
 * }</pre>
 *
 * <p>A type is {@code i} (signed) or {@code u} (unsigned) and a width: {@code i1} to {@code
 * i64}, {@code u1} to {@code u63}. An offset is a bit offset ({@code 100}) or, with {@code #}, an
 * index in units of the type's width ({@code #2} is bit 16 for {@code u8}).
 */
public final class BitFieldArgs {
  private static final Pattern TYPE = Pattern.compile("[iu]([1-9][0-9]?)");
  private static final Pattern OFFSET = Pattern.compile("#?[0-9]+");
  private static final BitFieldArgs NONE = new BitFieldArgs(List.of(), 0, false);

  private final List<String> arguments;
  private final int replies;
  private final boolean writes;

  private BitFieldArgs(List<String> arguments, int replies, boolean writes) {
    this.arguments = arguments;
    this.replies = replies;
    this.writes = writes;
  }

  /** Static entry points, as in {@code BitFieldArgs.Builder.get("u8", 0)}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return operations starting with a read (GET)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset the bit offset
     */
    public static BitFieldArgs get(String type, long offset) {
      return NONE.get(type, offset);
    }

    /**
     * {@return operations starting with a read (GET)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset a bit offset, or {@code #n} for the n-th integer of this type
     */
    public static BitFieldArgs get(String type, String offset) {
      return NONE.get(type, offset);
    }

    /**
     * {@return operations starting with a write (SET)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset the bit offset
     * @param value the new value
     */
    public static BitFieldArgs set(String type, long offset, long value) {
      return NONE.set(type, offset, value);
    }

    /**
     * {@return operations starting with a write (SET)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset a bit offset, or {@code #n} for the n-th integer of this type
     * @param value the new value
     */
    public static BitFieldArgs set(String type, String offset, long value) {
      return NONE.set(type, offset, value);
    }

    /**
     * {@return operations starting with an increment (INCRBY)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset the bit offset
     * @param increment the amount, may be negative
     */
    public static BitFieldArgs incrby(String type, long offset, long increment) {
      return NONE.incrby(type, offset, increment);
    }

    /**
     * {@return operations starting with an increment (INCRBY)}
     *
     * @param type such as {@code u8} or {@code i16}
     * @param offset a bit offset, or {@code #n} for the n-th integer of this type
     * @param increment the amount, may be negative
     */
    public static BitFieldArgs incrby(String type, String offset, long increment) {
      return NONE.incrby(type, offset, increment);
    }

    /** {@return operations whose SET and INCRBY wrap around on overflow (OVERFLOW WRAP)} */
    public static BitFieldArgs overflowWrap() {
      return NONE.overflowWrap();
    }

    /** {@return operations whose SET and INCRBY stop at the minimum or maximum (OVERFLOW SAT)} */
    public static BitFieldArgs overflowSat() {
      return NONE.overflowSat();
    }

    /** {@return operations whose SET and INCRBY do nothing and reply nil on overflow (OVERFLOW FAIL)} */
    public static BitFieldArgs overflowFail() {
      return NONE.overflowFail();
    }
  }

  /**
   * {@return a copy that also reads an integer (GET)}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset the bit offset
   */
  public BitFieldArgs get(String type, long offset) {
    return get(type, Long.toString(offset));
  }

  /**
   * {@return a copy that also reads an integer (GET)}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset a bit offset, or {@code #n} for the n-th integer of this type
   */
  public BitFieldArgs get(String type, String offset) {
    return with(false, "GET", type(type), offset(offset));
  }

  /**
   * {@return a copy that also writes an integer (SET); its reply is the old value}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset the bit offset
   * @param value the new value
   */
  public BitFieldArgs set(String type, long offset, long value) {
    return set(type, Long.toString(offset), value);
  }

  /**
   * {@return a copy that also writes an integer (SET); its reply is the old value}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset a bit offset, or {@code #n} for the n-th integer of this type
   * @param value the new value
   */
  public BitFieldArgs set(String type, String offset, long value) {
    return with(true, "SET", type(type), offset(offset), Long.toString(value));
  }

  /**
   * {@return a copy that also increments an integer (INCRBY); its reply is the new value}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset the bit offset
   * @param increment the amount, may be negative
   */
  public BitFieldArgs incrby(String type, long offset, long increment) {
    return incrby(type, Long.toString(offset), increment);
  }

  /**
   * {@return a copy that also increments an integer (INCRBY); its reply is the new value}
   *
   * @param type such as {@code u8} or {@code i16}
   * @param offset a bit offset, or {@code #n} for the n-th integer of this type
   * @param increment the amount, may be negative
   */
  public BitFieldArgs incrby(String type, String offset, long increment) {
    return with(true, "INCRBY", type(type), offset(offset), Long.toString(increment));
  }

  /** {@return a copy whose later SET and INCRBY wrap around on overflow, the default} */
  public BitFieldArgs overflowWrap() {
    return overflow("WRAP");
  }

  /** {@return a copy whose later SET and INCRBY stop at the type's minimum or maximum} */
  public BitFieldArgs overflowSat() {
    return overflow("SAT");
  }

  /** {@return a copy whose later SET and INCRBY do nothing and reply null on overflow} */
  public BitFieldArgs overflowFail() {
    return overflow("FAIL");
  }

  private BitFieldArgs overflow(String mode) {
    List<String> all = new ArrayList<>(arguments);
    all.add("OVERFLOW");
    all.add(mode);
    return new BitFieldArgs(Collections.unmodifiableList(all), replies, writes);
  }

  private BitFieldArgs with(boolean write, String... words) {
    List<String> all = new ArrayList<>(arguments);
    Collections.addAll(all, words);
    return new BitFieldArgs(Collections.unmodifiableList(all), replies + 1, writes || write);
  }

  private static String type(String type) {
    Objects.requireNonNull(type, "type == null");
    var m = TYPE.matcher(type);
    int bits = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (bits < 1 || bits > (type.charAt(0) == 'i' ? 64 : 63)) {
      throw new IllegalArgumentException(
          "a BITFIELD type is i1..i64 or u1..u63, such as u8 or i16: " + type);
    }
    return type;
  }

  private static String offset(String offset) {
    Objects.requireNonNull(offset, "offset == null");
    if (!OFFSET.matcher(offset).matches()) {
      throw new IllegalArgumentException(
          "a BITFIELD offset is a non-negative bit offset or #n: " + offset);
    }
    return offset;
  }

  /** {@return the arguments after the key, in order, as Redis takes them} */
  public List<String> arguments() {
    return arguments;
  }

  /** {@return how many replies Redis sends: one per GET, SET and INCRBY} */
  public int replyCount() {
    return replies;
  }

  /** {@return whether there is a SET or INCRBY, so that BITFIELD_RO cannot run these} */
  public boolean writes() {
    return writes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BitFieldArgs && arguments.equals(((BitFieldArgs) o).arguments);
  }

  @Override
  public int hashCode() {
    return arguments.hashCode();
  }

  @Override
  public String toString() {
    return "BitFieldArgs" + arguments;
  }
}
