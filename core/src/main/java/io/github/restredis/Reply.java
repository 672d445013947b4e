package io.github.restredis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decoded Redis reply of any shape, as returned by the raw {@link Redis#command(String...)}: nil,
 * an integer, a string (exact bytes) or an array of replies.
 *
 * <pre>{@code
 * Reply reply = redis.command("OBJECT", "ENCODING", "counter");
 * String encoding = reply.asString();
 * }</pre>
 */
public final class Reply {
  private static final Reply NULL = new Reply(null);

  private final @Nullable Object value;

  private Reply(@Nullable Object value) {
    this.value = value;
  }

  /** {@return the nil reply} */
  public static Reply ofNull() {
    return NULL;
  }

  /**
   * {@return an integer reply}
   *
   * @param value the integer
   */
  public static Reply ofLong(long value) {
    return new Reply(value);
  }

  /**
   * {@return a string reply holding a copy of {@code bytes}}
   *
   * @param bytes the raw bytes
   */
  public static Reply ofBytes(byte[] bytes) {
    return new Reply(bytes.clone());
  }

  /**
   * {@return an array reply}
   *
   * @param items the elements, copied
   */
  public static Reply ofList(List<Reply> items) {
    return new Reply(List.copyOf(items));
  }

  /** {@return whether this is the nil reply} */
  public boolean isNull() {
    return value == null;
  }

  /** {@return whether this is an integer reply} */
  public boolean isInteger() {
    return value instanceof Long;
  }

  /** {@return whether this is a string reply} */
  public boolean isString() {
    return value instanceof byte[];
  }

  /** {@return whether this is an array reply} */
  public boolean isArray() {
    return value instanceof List;
  }

  /**
   * {@return the integer; a string holding an integer is parsed}
   *
   * @throws IllegalStateException if this reply is not an integer
   */
  public long asLong() {
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof byte[]) {
      try {
        return Long.parseLong(new String((byte[]) value, StandardCharsets.UTF_8));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("not an integer reply: " + this, e);
      }
    }
    throw new IllegalStateException("not an integer reply: " + kind());
  }

  /**
   * {@return the string decoded as UTF-8, or the integer as text}
   *
   * @throws IllegalStateException if this reply is nil or an array
   */
  public String asString() {
    if (value instanceof byte[]) {
      return new String((byte[]) value, StandardCharsets.UTF_8);
    }
    if (value instanceof Long) {
      return value.toString();
    }
    throw new IllegalStateException("not a string reply: " + kind());
  }

  /**
   * {@return a copy of the exact bytes of a string reply}
   *
   * @throws IllegalStateException if this reply is not a string
   */
  public byte[] asBytes() {
    if (value instanceof byte[]) {
      return ((byte[]) value).clone();
    }
    throw new IllegalStateException("not a string reply: " + kind());
  }

  /**
   * {@return the elements of an array reply}
   *
   * @throws IllegalStateException if this reply is not an array
   */
  @SuppressWarnings("unchecked")
  public List<Reply> asList() {
    if (value instanceof List) {
      return (List<Reply>) value;
    }
    throw new IllegalStateException("not an array reply: " + kind());
  }

  private String kind() {
    return value == null ? "nil" : isInteger() ? "integer" : isString() ? "string" : "array";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Reply)) {
      return false;
    }
    Object other = ((Reply) o).value;
    if (value instanceof byte[] && other instanceof byte[]) {
      return Arrays.equals((byte[]) value, (byte[]) other);
    }
    return Objects.equals(value, other);
  }

  @Override
  public int hashCode() {
    return value instanceof byte[] ? Arrays.hashCode((byte[]) value) : Objects.hashCode(value);
  }

  /** {@return the reply in a readable form: strings quoted, nil as {@code nil}} */
  @Override
  public String toString() {
    if (value == null) {
      return "nil";
    }
    if (value instanceof byte[]) {
      return '"' + asString() + '"';
    }
    return value.toString();
  }
}
