package io.github.restredis;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.restredis.internal.json.ExactJson;
import io.github.restredis.internal.json.JsNumbers;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Java objects stored as JSON, the way the official TypeScript SDK stores and reads values, from
 * {@link Redis#json()}. Objects are written with the client's {@link Redis#moshi() Moshi}; what
 * the TypeScript SDK reads back with its automatic deserialization is the same object, and what it
 * stored reads back here as the same object.
 *
 * <pre>{@code
 * record User(String name, int age) {}
 * redis.json().set("user:1", new User("Ada", 36));     // SET user:1 {"name":"Ada","age":36}
 * User ada = redis.json().get("user:1", User.class);
 * Object any = redis.json().get("counter", Object.class); // what the TypeScript SDK would see
 * }</pre>
 *
 * <p>How values map (the TypeScript SDK sends strings, numbers and booleans as they are and
 * anything else through {@code JSON.stringify}; it reads every value with {@code JSON.parse},
 * keeping the raw text when that fails or when a number would not print back the same):
 * <ul>
 *   <li>Writing: every value is JSON, so a Java string is stored quoted ({@code "hello"} with the
 *       quotes) and reads back in TypeScript as the same string, even when it looks like a number
 *       ({@code "123"} stays a string; stored unquoted, TypeScript would read the number 123). A
 *       top-level number is printed as JavaScript prints it ({@code 2.0} as {@code 2}, {@code 1e21}
 *       as {@code 1e+21}), so TypeScript reads a number.
 *   <li>Reading as {@code String}: a JSON string is unquoted; anything else (text stored by {@link
 *       Redis#set}, a number, JSON of another kind) is returned as stored, exactly: a numeric string
 *       such as {@code 12345678901234567890} never goes through a double.
 *   <li>Reading as {@code Object}: as the TypeScript SDK reads it. Objects become {@code
 *       Map<String, Object>}, arrays {@code List<Object>}; text that is not JSON stays a string; a
 *       top-level number stays its text (a String) where JavaScript would not print it back the
 *       same ({@code 9007199254740993}, {@code 1.50}), as TypeScript keeps it. Other numbers are
 *       {@link Long} for integers, {@link Double} when a double holds them exactly and {@link
 *       java.math.BigDecimal} otherwise, also nested, where TypeScript rounds nested numbers to
 *       doubles: store identifiers beyond 2^53 as strings for TypeScript readers.
 *   <li>Reading as any other type: Moshi's adapter for it (a record or class must be public for
 *       Moshi's reflection); {@code BigDecimal} and {@code BigInteger} are supported exactly. A
 *       value of another shape is a {@link ReplyDecodeException}.
 * </ul>
 *
 * <p>The view is synchronous; for the other surfaces combine {@link #toJson} and {@link #fromJson}
 * with their string commands. The same value as the key's absence ({@code null}) cannot be
 * stored: TypeScript reads JSON {@code null} and a missing key alike.
 */
public final class JsonView {
  private final Redis redis;
  private final Moshi moshi;

  JsonView(Redis redis, Moshi moshi) {
    this.redis = redis;
    this.moshi = ExactJson.on(moshi);
  }

  /**
   * {@return {@code value} as the JSON text this view stores}
   *
   * @param value any value Moshi can write, not null
   * @throws IllegalArgumentException if Moshi cannot write it
   */
  public String toJson(Object value) {
    Objects.requireNonNull(value, "value == null");
    String json;
    try {
      // Object's adapter picks one by runtime class, mapping HashMap to Map and ArrayList to List.
      json = moshi.adapter(Object.class).toJson(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
          + " as JSON: " + e.getMessage(), e);
    }
    char first = json.isEmpty() ? ' ' : json.charAt(0);
    return first == '-' || (first >= '0' && first <= '9') ? JsNumbers.canonical(json) : json;
  }

  /**
   * {@return {@code json} read as {@code type}, as described above; null for null text}
   *
   * @param json the stored text, or null for a missing key
   * @param type the type to read
   * @param <T> the type
   * @throws JsonDataException if the text is not a JSON {@code type}
   */
  public <T> @Nullable T fromJson(@Nullable String json, Class<T> type) {
    return fromJson(json, (Type) type);
  }

  /**
   * {@return {@code json} read as {@code type}, such as {@code Types.newParameterizedType(List.class,
   * User.class)}; null for null text}
   *
   * @param json the stored text, or null for a missing key
   * @param type the type to read
   * @param <T> the type
   * @throws JsonDataException if the text is not a JSON {@code type}
   */
  @SuppressWarnings("unchecked")
  public <T> @Nullable T fromJson(@Nullable String json, Type type) {
    if (json == null) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == String.class || raw == CharSequence.class) {
      return (T) string(json);
    }
    if (raw == Object.class) {
      return (T) dynamic(json);
    }
    try {
      return (T) moshi.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new JsonDataException(e.getMessage(), e);
    }
  }

  private static String string(String json) {
    String trimmed = json.strip();
    if (!trimmed.startsWith("\"")) {
      return json;
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeString(json, StandardCharsets.UTF_8));
      String value = reader.nextString();
      return reader.peek() == JsonReader.Token.END_DOCUMENT ? value : json;
    } catch (IOException | JsonDataException e) {
      return json;
    }
  }

  private @Nullable Object dynamic(String json) {
    Object value;
    try {
      value = moshi.adapter(Object.class).fromJson(json);
    } catch (IOException | JsonDataException e) {
      return json; // not JSON: TypeScript keeps the text too
    }
    if (value instanceof Number && !JsNumbers.survivesJavaScript(json)) {
      return json;
    }
    return value;
  }

  private <T> @Nullable T read(String command, @Nullable String json, Type type) {
    try {
      return fromJson(json, type);
    } catch (JsonDataException e) {
      throw new ReplyDecodeException(command + ": the value is not a JSON " + type.getTypeName()
          + " (" + e.getMessage() + ")", command, e);
    }
  }

  /**
   * Stores {@code value} as JSON (SET).
   *
   * @param key the key
   * @param value the value, not null
   * @return true (SET answers OK)
   */
  public boolean set(String key, Object value) {
    return redis.set(key, toJson(value));
  }

  /**
   * Stores {@code value} as JSON with an expiry or a condition (SET).
   *
   * @param key the key
   * @param value the value, not null
   * @param args expiry and NX/XX
   * @return true if set, false if the condition was not met
   */
  public boolean set(String key, Object value, SetArgs args) {
    return redis.set(key, toJson(value), args);
  }

  /**
   * Reads a value stored as JSON, by this view or by the TypeScript SDK (GET).
   *
   * @param key the key
   * @param type the type to read
   * @param <T> the type
   * @return the value, or null if the key does not exist
   * @throws ReplyDecodeException if the value is not a JSON {@code type}
   */
  public <T> @Nullable T get(String key, Class<T> type) {
    return read("GET", redis.get(key), type);
  }

  /**
   * Reads a value stored as JSON as a generic type such as {@code List<User>} (GET).
   *
   * @param key the key
   * @param type the type to read
   * @param <T> the type
   * @return the value, or null if the key does not exist
   * @throws ReplyDecodeException if the value is not a JSON {@code type}
   */
  public <T> @Nullable T get(String key, Type type) {
    return read("GET", redis.get(key), type);
  }

  /**
   * Stores {@code value} as JSON in a hash field (HSET).
   *
   * @param key the key
   * @param field the field
   * @param value the value, not null
   * @return 1 if the field is new, 0 if it was updated
   */
  public long hset(String key, String field, Object value) {
    return redis.hset(key, field, toJson(value));
  }

  /**
   * Reads a hash field stored as JSON (HGET).
   *
   * @param key the key
   * @param field the field
   * @param type the type to read
   * @param <T> the type
   * @return the value, or null if the field or key does not exist
   * @throws ReplyDecodeException if the value is not a JSON {@code type}
   */
  public <T> @Nullable T hget(String key, String field, Type type) {
    return read("HGET", redis.hget(key, field), type);
  }

  /**
   * Stores {@code value} in a RedisJSON document (JSON.SET).
   *
   * @param key the key
   * @param path the path, {@code $} for the whole document
   * @param value the value, not null
   * @return true (RedisJSON answers OK)
   */
  public boolean jsonSet(String key, String path, Object value) {
    return redis.jsonSet(key, path, toJson(value));
  }

  /**
   * Reads a whole RedisJSON document (JSON.GET key).
   *
   * @param key the key
   * @param type the type to read
   * @param <T> the type
   * @return the document, or null if the key does not exist
   * @throws ReplyDecodeException if the document is not a JSON {@code type}
   */
  public <T> @Nullable T jsonGet(String key, Type type) {
    return read("JSON.GET", redis.jsonGet(key), type);
  }

  @Override
  public String toString() {
    return "JsonView{" + redis + "}";
  }
}
