package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import okio.Buffer;

/** Decoding keeps every byte string and every 64-bit integer exact. */
class ReplyReaderPropertiesTest {
  private static Object read(String json, boolean base64) throws IOException {
    return ReplyReader.item(JsonReader.of(new Buffer().writeUtf8(json)), base64).result();
  }

  @Property
  void base64StringsDecodeToExactBytes(@ForAll byte[] bytes) throws IOException {
    String encoded = Base64.getEncoder().encodeToString(bytes);
    Object result = read("{\"result\":\"" + encoded + "\"}", true);
    if (encoded.equals("OK")) {
      return; // cannot happen: base64 of any byte string has a length divisible by 4
    }
    assertThat((byte[]) result).isEqualTo(bytes);
  }

  @Property
  void integersStayExact(@ForAll long value) throws IOException {
    assertThat(read("{\"result\":" + value + "}", true)).isEqualTo(value);
  }

  @Property
  void nestedArraysKeepOrderNullsAndBytes(@ForAll byte[] a, @ForAll long n) throws IOException {
    String b64 = Base64.getEncoder().encodeToString(a);
    Object result = read("{\"result\":[\"" + b64 + "\",null,[" + n + ",\"OK\"]]}", true);
    List<?> list = (List<?>) result;
    assertThat((byte[]) list.get(0)).isEqualTo(a);
    assertThat(list.get(1)).isNull();
    List<?> inner = (List<?>) list.get(2);
    assertThat(inner.get(0)).isEqualTo(n);
    assertThat(new String((byte[]) inner.get(1), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("OK");
  }
}
