package io.github.restredis.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moshi adapters that never round a number: {@code Object} (and so {@code Map<String, Object>},
 * {@code List<Object>}) reads integers as {@link Long}, other numbers as {@link Double} when that
 * is exact and as {@link BigDecimal} otherwise, where Moshi's own reads every number as a double;
 * {@link BigDecimal} and {@link BigInteger} get adapters, which Moshi lacks.
 */
public final class ExactJson {
  private ExactJson() {}

  /** Adds the adapters in front of {@code moshi}'s. */
  public static Moshi on(Moshi moshi) {
    return moshi.newBuilder().add(FACTORY).build();
  }

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      if (type == Object.class) {
        return new ObjectAdapter(moshi.nextAdapter(this, Object.class, annotations)).nullSafe();
      }
      if (type == BigDecimal.class) {
        return DECIMAL.nullSafe();
      }
      if (type == BigInteger.class) {
        return INTEGER.nullSafe();
      }
      return null;
    }
  };

  /** {@return the number written as {@code text}: a Long, a Double, or a BigDecimal if neither is exact} */
  public static Number exactNumber(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return new BigDecimal(text);
      }
    }
    BigDecimal value = new BigDecimal(text);
    double d = value.doubleValue();
    if (!Double.isInfinite(d) && JsNumbers.shortest(d).compareTo(value) == 0) {
      return d;
    }
    return value;
  }

  private static final JsonAdapter<BigDecimal> DECIMAL = new JsonAdapter<>() {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new JsonDataException("Expected a number at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
      writer.value(value);
    }
  };

  private static final JsonAdapter<BigInteger> INTEGER = new JsonAdapter<>() {
    @Override
    public BigInteger fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return new BigDecimal(text).toBigIntegerExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new JsonDataException("Expected an integer at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BigInteger value) throws IOException {
      writer.value(value);
    }
  };

  private static final class ObjectAdapter extends JsonAdapter<Object> {
    private final JsonAdapter<Object> writes;

    ObjectAdapter(JsonAdapter<Object> writes) {
      this.writes = writes;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case BEGIN_ARRAY: {
          List<@Nullable Object> list = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            list.add(fromJson(reader));
          }
          reader.endArray();
          return list;
        }
        case BEGIN_OBJECT: {
          Map<String, @Nullable Object> map = new LinkedHashMap<>();
          reader.beginObject();
          while (reader.hasNext()) {
            String name = reader.nextName();
            map.put(name, fromJson(reader));
          }
          reader.endObject();
          return map;
        }
        case STRING:
          return reader.nextString();
        case NUMBER:
          return exactNumber(reader.nextString());
        case BOOLEAN:
          return reader.nextBoolean();
        case NULL:
          return reader.nextNull();
        default:
          throw new JsonDataException("Expected a value but was " + reader.peek() + " at path "
              + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      writes.toJson(writer, value);
    }
  }

  /** {@return the type {@code Map<String, Object>}} */
  public static Type mapOfObjects() {
    return Types.newParameterizedType(Map.class, String.class, Object.class);
  }
}
