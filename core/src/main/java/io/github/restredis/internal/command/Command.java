package io.github.restredis.internal.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Redis command, ready to send: its arguments as bytes, how to decode its reply, and whether
 * sending it twice is harmless. Every surface (sync, async, pipeline, transaction) executes these;
 * none of them builds arguments or decodes replies on its own.
 *
 * @param <T> the decoded reply type
 */
public final class Command<T> {
  private final String name;
  private final byte[][] args;
  private final int rawIndex;
  private final Decoder<T> decoder;
  private final boolean idempotent;
  private final @Nullable String handledError;

  private Command(String name, byte[][] args, int rawIndex, Decoder<T> decoder, boolean idempotent,
      @Nullable String handledError) {
    this.name = name;
    this.args = args;
    this.rawIndex = rawIndex;
    this.decoder = decoder;
    this.idempotent = idempotent;
    this.handledError = handledError;
  }

  /** {@return a builder for a command whose first argument is {@code name}} */
  public static <T> Builder<T> builder(String name, Decoder<T> decoder) {
    return new Builder<>(name, decoder);
  }

  /** {@return the command name for logs and errors, upper case, never an argument value} */
  public String name() {
    return name;
  }

  /** {@return the number of arguments, the name included} */
  public int argCount() {
    return args.length;
  }

  /** {@return argument {@code i}; index 0 is the command name; do not modify} */
  public byte[] arg(int i) {
    return args[i];
  }

  /**
   * {@return the index of the argument that holds caller bytes that are not valid UTF-8, or -1}
   * Only the last argument can be such, and it then has to go as a path-style raw body.
   */
  public int rawIndex() {
    return rawIndex;
  }

  /** {@return the reply decoder} */
  public Decoder<T> decoder() {
    return decoder;
  }

  /** {@return whether executing this command twice leaves Redis as executing it once} */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * {@return the start of an error reply the library answers itself, or null}
   * Script's EVALSHA expects {@code NOSCRIPT}, which it follows with EVAL: such a reply is no
   * failure of the caller's, so the metrics do not count it as one. Commands a caller sends
   * directly never carry this.
   */
  public @Nullable String handledError() {
    return handledError;
  }

  @Override
  public String toString() {
    return "Command{" + name + ", " + args.length + " args}";
  }

  /** Collects arguments; not thread-safe, used once. */
  public static final class Builder<T> {
    private final String name;
    private final Decoder<T> decoder;
    private final List<byte[]> args = new ArrayList<>(6);
    private boolean idempotent;
    private @Nullable String handledError;
    private int rawIndex = -1;
    private boolean rawMustBeLast;

    Builder(String name, Decoder<T> decoder) {
      this.name = name;
      this.decoder = decoder;
      this.idempotent = CommandTable.isIdempotent(name);
      for (String word : name.split(" ")) {
        args.add(word.getBytes(StandardCharsets.UTF_8));
      }
    }

    /** Overrides the {@link CommandTable} entry, for options that change it (SET … GET). */
    public Builder<T> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Marks error replies starting with {@code prefix} as answered by the library itself. */
    public Builder<T> handledError(String prefix) {
      this.handledError = prefix;
      return this;
    }

    /** Adds a text argument. */
    public Builder<T> arg(String value) {
      args.add(value.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** Adds text arguments. */
    public Builder<T> args(Iterable<String> values) {
      for (String value : values) {
        arg(value);
      }
      return this;
    }

    /** Adds an integer argument. */
    public Builder<T> arg(long value) {
      return arg(Long.toString(value));
    }

    /** Adds a floating-point argument in the form Redis parses ({@code inf}, {@code -inf}). */
    public Builder<T> arg(double value) {
      return arg(Doubles.format(value));
    }

    /**
     * Adds caller bytes. Bytes that are not valid UTF-8 can only travel as the last argument (the
     * raw body of a path-style request); anywhere else they are refused before anything is sent.
     */
    public Builder<T> arg(byte[] value) {
      if (!Utf8.isValid(value)) {
        if (rawIndex >= 0) {
          throw notLast();
        }
        rawIndex = args.size();
      }
      args.add(value.clone());
      return this;
    }

    private IllegalArgumentException notLast() {
      return new IllegalArgumentException(
          name + ": a byte[] argument that is not valid UTF-8 can only be the last argument "
              + "(Upstash accepts arbitrary bytes only as the raw body of a path-style request)");
    }

    /** {@return the command} */
    public Command<T> build() {
      if (rawIndex >= 0 && rawIndex != args.size() - 1) {
        throw notLast();
      }
      return new Command<>(name, args.toArray(new byte[0][]), rawIndex, decoder, idempotent,
          handledError);
    }
  }
}
