package io.github.restredis.cache;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Turns values into the stored strings of a {@link StorageFormat} and back. */
abstract class Codec<V> {
  /** Marks a TTL that was not fetched with the value. */
  static final long TTL_UNKNOWN = -3;

  /** A decoded entry: the value (null for a cached absence), fresh until when, recompute time. */
  record Entry<V>(@Nullable V value, long freshUntil, long deltaMillis) {}

  final JsonAdapter<V> adapter;

  Codec(JsonAdapter<V> adapter) {
    this.adapter = adapter.nullSafe();
  }

  static <V> Codec<V> of(StorageFormat format, JsonAdapter<V> adapter) {
    return format == StorageFormat.ENVELOPE ? new Envelope<>(adapter) : new Plain<>(adapter);
  }

  /** {@return the stored form of {@code value}, null meaning a cached absence} */
  abstract String encode(@Nullable V value, long freshUntil, long deltaMillis);

  /**
   * {@return the entry a stored string holds}
   *
   * @param pttl the key's remaining milliseconds, -1 without expiry, or {@link #TTL_UNKNOWN}
   * @throws IOException or {@link JsonDataException} if it is not this format or not a {@code V}
   */
  abstract Entry<V> decode(String stored, long now, long pttl) throws IOException;

  /** Notes how long a load took, for formats that do not store it. */
  void loadTook(long millis) {}

  /** {"e":freshUntil,"d":delta,"v":value} or {"e":…,"d":…,"n":true}. */
  static final class Envelope<V> extends Codec<V> {
    Envelope(JsonAdapter<V> adapter) {
      super(adapter);
    }

    @Override
    String encode(@Nullable V value, long freshUntil, long deltaMillis) {
      StringBuilder json = new StringBuilder(64)
          .append("{\"e\":").append(freshUntil).append(",\"d\":").append(deltaMillis);
      if (value == null) {
        return json.append(",\"n\":true}").toString();
      }
      return json.append(",\"v\":").append(adapter.toJson(value)).append('}').toString();
    }

    @Override
    Entry<V> decode(String stored, long now, long pttl) throws IOException {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(stored));
      long expiry = -1;
      long delta = 0;
      boolean hasValue = false;
      boolean absent = false;
      V value = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "e" -> expiry = reader.nextLong();
          case "d" -> delta = reader.nextLong();
          case "v" -> {
            value = adapter.fromJson(reader);
            hasValue = true;
          }
          case "n" -> absent = reader.nextBoolean();
          default -> reader.skipValue();
        }
      }
      reader.endObject();
      if (expiry < 0 || hasValue == absent) {
        throw new JsonDataException("not a cache envelope");
      }
      return new Entry<>(value, expiry, Math.max(0, delta));
    }
  }

  /** The value's JSON alone; freshness comes from the key's TTL, delta from past loads. */
  static final class Plain<V> extends Codec<V> {
    private volatile long meanLoadMillis;

    Plain(JsonAdapter<V> adapter) {
      super(adapter);
    }

    @Override
    String encode(@Nullable V value, long freshUntil, long deltaMillis) {
      return adapter.toJson(value);
    }

    @Override
    Entry<V> decode(String stored, long now, long pttl) throws IOException {
      V value = adapter.fromJson(stored);
      long freshUntil = pttl >= 0 ? now + pttl : Long.MAX_VALUE;
      return new Entry<>(value, freshUntil, meanLoadMillis);
    }

    @Override
    void loadTook(long millis) {
      long mean = meanLoadMillis;
      // A moving average over about the last eight loads; races only blur it.
      meanLoadMillis = mean == 0 ? millis : (mean * 7 + millis) / 8;
    }
  }

  static int utf8Length(String s) {
    // As String.getBytes(UTF_8) counts, without the copy.
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n++; // a lone surrogate is sent as '?'
      } else {
        n += 3;
      }
    }
    return n;
  }

}
