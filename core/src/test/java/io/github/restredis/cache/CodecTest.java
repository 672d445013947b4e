package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodecTest {
  private static final User ADA = new User("1", "Ada \u00e9\u4e16\ud83d\ude80", 36);
  private final JsonAdapter<User> adapter = new Moshi.Builder().build().adapter(User.class);

  @Test
  void envelopeHoldsExpiryDeltaAndValue() throws Exception {
    Codec<User> codec = Codec.of(StorageFormat.ENVELOPE, adapter);
    String stored = codec.encode(ADA, 123_456, 78);
    assertThat(stored).isEqualTo("{\"e\":123456,\"d\":78,\"v\":" + adapter.toJson(ADA) + "}");
    assertThat(codec.decode(stored, 0, Codec.TTL_UNKNOWN)).isEqualTo(new Codec.Entry<>(ADA, 123_456, 78));
    String absent = codec.encode(null, 5, 6);
    assertThat(absent).isEqualTo("{\"e\":5,\"d\":6,\"n\":true}");
    assertThat(codec.decode(absent, 0, Codec.TTL_UNKNOWN)).isEqualTo(new Codec.Entry<User>(null, 5, 6));
    assertThat(codec.decode("{\"v\":{\"id\":\"1\",\"name\":\"A\",\"age\":1},\"x\":[1],\"d\":1,\"e\":9}", 0, -3).freshUntil())
        .as("field order and unknown fields do not matter").isEqualTo(9);
  }

  @Test
  void envelopeRefusesOtherShapes() {
    Codec<User> codec = Codec.of(StorageFormat.ENVELOPE, adapter);
    assertThatThrownBy(() -> codec.decode("{\"d\":1,\"v\":null}", 0, -3)).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> codec.decode("{\"e\":1,\"d\":1}", 0, -3)).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> codec.decode("\"plain\"", 0, -3)).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> codec.decode("{\"e\":1,\"v\":{\"id\":5}}", 0, -3)).isInstanceOf(JsonDataException.class);
  }

  @Test
  void plainIsTheValueAloneWithFreshnessFromTheTtl() throws Exception {
    Codec<User> codec = Codec.of(StorageFormat.PLAIN_JSON, adapter);
    assertThat(codec.encode(ADA, 1, 2)).isEqualTo(adapter.toJson(ADA));
    assertThat(codec.encode(null, 1, 2)).isEqualTo("null");
    codec.loadTook(800);
    assertThat(codec.decode(adapter.toJson(ADA), 1_000, 500)).isEqualTo(new Codec.Entry<>(ADA, 1_500, 800));
    assertThat(codec.decode("null", 1_000, Codec.TTL_UNKNOWN).freshUntil()).isEqualTo(Long.MAX_VALUE);
    assertThat(codec.decode("null", 1_000, -1).value()).isNull();
  }

  @Test
  void utf8LengthIsExact() {
    for (String s : new String[] {"", "ascii", "\u00e9", "\u4e16\u754c", "\ud83d\ude80", "a\ud83db", "\udc00"}) {
      assertThat(Codec.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
