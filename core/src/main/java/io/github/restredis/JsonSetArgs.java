package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * The condition of {@code JSON.SET}: set only if the path does not exist yet (NX) or only if it
 * does (XX). Immutable.
 *
 * <pre>{@code
 * boolean created = redis.jsonSet("user:1", "$", "{\"name\":\"Ada\"}", JsonSetArgs.Builder.nx());
 * }</pre>
 */
public final class JsonSetArgs {
  private static final JsonSetArgs NONE = new JsonSetArgs(null);
  private static final JsonSetArgs NX = new JsonSetArgs("NX");
  private static final JsonSetArgs XX = new JsonSetArgs("XX");

  private final @Nullable String condition;

  private JsonSetArgs(@Nullable String condition) {
    this.condition = condition;
  }

  /** Static entry points, as in {@code JsonSetArgs.Builder.nx()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return the condition that the path does not exist (NX)} */
    public static JsonSetArgs nx() {
      return NX;
    }

    /** {@return the condition that the path exists (XX)} */
    public static JsonSetArgs xx() {
      return XX;
    }
  }

  /** {@return no condition} */
  public static JsonSetArgs none() {
    return NONE;
  }

  /** {@return NX, XX, or null for none} */
  public @Nullable String condition() {
    return condition;
  }

  @Override
  public String toString() {
    return "JsonSetArgs{" + (condition == null ? "" : condition) + '}';
  }
}
