package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import io.github.restredis.internal.json.JsNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON view's encoding and decoding, checked against what the official TypeScript SDK does
 * (its parseResponse: JSON.parse, keeping the text when that fails or when the number would not
 * print back the same; its serializer: strings, numbers and booleans as they are, the rest
 * through JSON.stringify). The interop IT runs the SDK itself.
 */
public class JsonViewTest {
  public record User(String name, int age, List<String> langs) {}

  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();
  private final JsonView json = redis.json();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  @Test
  void writesJsonWithTopLevelNumbersAsJavaScriptPrintsThem() {
    assertThat(json.toJson(new User("Ada", 36, List.of("en")))).isEqualTo("{\"name\":\"Ada\",\"age\":36,\"langs\":[\"en\"]}");
    // A string is quoted, so TypeScript reads it back as a string even when it looks like a number.
    assertThat(json.toJson("hello")).isEqualTo("\"hello\"");
    assertThat(json.toJson("123")).isEqualTo("\"123\"");
    assertThat(json.toJson(42L)).isEqualTo("42");
    assertThat(json.toJson(2.0)).isEqualTo("2");
    assertThat(json.toJson(1e21)).isEqualTo("1e+21");
    assertThat(json.toJson(-0.0)).isEqualTo("0");
    assertThat(json.toJson(new BigDecimal("1.50"))).isEqualTo("1.5");
    // Not exactly a double: kept as written (TypeScript then keeps it as text, not a rounded number).
    assertThat(json.toJson(9007199254740993L)).isEqualTo("9007199254740993");
    assertThat(json.toJson(new BigDecimal("0.10000000000000000000001"))).isEqualTo("0.10000000000000000000001");
    assertThat(json.toJson(true)).isEqualTo("true");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("big", new BigInteger("123456789012345678901234567890"));
    map.put("list", Arrays.asList(1, "two", null));
    assertThat(json.toJson(map)).isEqualTo("{\"big\":123456789012345678901234567890,\"list\":[1,\"two\",null]}");
    assertThatThrownBy(() -> json.toJson(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0} as a String is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "\"hello\"|hello",
      "hello|hello",
      "123|123",
      "12345678901234567890|12345678901234567890",
      "{\"a\":1}|{\"a\":1}",
      "' \"padded\" '|padded",
      "\"a\" junk|\"a\" junk",
      "true|true",
  })
  void readsStringsAsStoredOrUnquoted(String stored, String expected) {
    assertThat(json.fromJson(stored, String.class)).isEqualTo(expected);
  }

  @Test
  void readsObjectsAsTheTypeScriptSdkDoes() {
    assertThat(json.fromJson("123", Object.class)).isEqualTo(123L);
    assertThat(json.fromJson("3.14", Object.class)).isEqualTo(3.14);
    assertThat(json.fromJson("-7", Object.class)).isEqualTo(-7L);
    // Where JavaScript would not print the number back the same, TypeScript keeps the text.
    assertThat(json.fromJson("9007199254740993", Object.class)).isEqualTo("9007199254740993");
    assertThat(json.fromJson("12345678901234567890", Object.class)).isEqualTo("12345678901234567890");
    assertThat(json.fromJson("1.50", Object.class)).isEqualTo("1.50");
    assertThat(json.fromJson("1e21", Object.class)).isEqualTo("1e21");
    assertThat(json.fromJson(" 5", Object.class)).isEqualTo(" 5");
    // ...and a number it prints back the same stays a number, exactly.
    assertThat(json.fromJson("12345678901234567000", Object.class)).isEqualTo(new BigDecimal("12345678901234567000"));
    assertThat(json.fromJson("1e+21", Object.class)).isEqualTo(1e21);
    assertThat(json.fromJson("true", Object.class)).isEqualTo(true);
    assertThat(json.fromJson("null", Object.class)).isNull();
    assertThat(json.fromJson("hello", Object.class)).isEqualTo("hello");
    assertThat(json.fromJson("\"quoted\"", Object.class)).isEqualTo("quoted");
    assertThat(json.fromJson("{\"a\":1", Object.class)).isEqualTo("{\"a\":1");
    // Nested numbers are exact here (TypeScript rounds them to doubles).
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", 9007199254740993L);
    expected.put("x", 0.1);
    expected.put("huge", new BigDecimal("1e400"));
    expected.put("list", Arrays.asList(1L, "a", null, Map.of()));
    assertThat(json.<Object>fromJson("{\"id\":9007199254740993,\"x\":0.1,\"huge\":1e400,\"list\":[1,\"a\",null,{}]}",
        Object.class)).isEqualTo(expected);
    assertThat(json.<Object>fromJson(null, Object.class)).isNull();
  }

  @Test
  void readsTypedValuesThroughMoshi() {
    assertThat(json.fromJson("{\"name\":\"Ada\",\"age\":36,\"langs\":[\"en\",\"fr\"]}", User.class))
        .isEqualTo(new User("Ada", 36, List.of("en", "fr")));
    assertThat(json.fromJson("9007199254740993", Long.class)).isEqualTo(9007199254740993L);
    assertThat(json.fromJson("42", Integer.class)).isEqualTo(42);
    assertThat(json.fromJson("0.10000000000000000000001", BigDecimal.class))
        .isEqualTo(new BigDecimal("0.10000000000000000000001"));
    assertThat(json.fromJson("\"123456789012345678901234567890\"", BigInteger.class))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    List<User> users = json.fromJson("[{\"name\":\"A\",\"age\":1,\"langs\":[]}]",
        Types.newParameterizedType(List.class, User.class));
    assertThat(users).containsExactly(new User("A", 1, List.of()));
    Map<String, Object> exact = json.fromJson("{\"n\":12345678901234567890}",
        Types.newParameterizedType(Map.class, String.class, Object.class));
    assertThat(exact).containsEntry("n", new BigDecimal("12345678901234567890"));
    assertThatThrownBy(() -> json.fromJson("hello", User.class)).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> json.fromJson("\"x\"", Integer.class)).isInstanceOf(JsonDataException.class);
  }

  @Test
  void commandsEncodeAndDecode() {
    mock.result("\"OK\"");
    assertThat(json.set("u", new User("Ada", 36, List.of()))).isTrue();
    assertThat(mock.take().getBody().readUtf8())
        .isEqualTo("[\"SET\",\"u\",\"{\\\"name\\\":\\\"Ada\\\",\\\"age\\\":36,\\\"langs\\\":[]}\"]");
    mock.result("\"OK\"");
    json.set("n", 2.5, SetArgs.Builder.nx());
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"SET\",\"n\",\"2.5\",\"NX\"]");
    mock.result("\"" + MockServer.b64("{\"name\":\"Bo\",\"age\":7,\"langs\":[\"nl\"]}") + "\"");
    assertThat(json.get("u", User.class)).isEqualTo(new User("Bo", 7, List.of("nl")));
    mock.take();
    mock.result("null");
    assertThat(json.get("missing", User.class)).isNull();
    mock.take();
    mock.result("\"" + MockServer.b64("not json") + "\"");
    assertThatThrownBy(() -> json.get("u", User.class))
        .isInstanceOf(ReplyDecodeException.class)
        .hasMessageStartingWith("GET: the value is not a JSON ")
        .hasMessageNotContaining("not json");
    mock.take();
    mock.result("1");
    assertThat(json.hset("h", "f", List.of(1, 2))).isEqualTo(1);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"HSET\",\"h\",\"f\",\"[1,2]\"]");
    mock.result("\"" + MockServer.b64("[1,2]") + "\"");
    List<Integer> ints = json.hget("h", "f", Types.newParameterizedType(List.class, Integer.class));
    assertThat(ints).containsExactly(1, 2);
    mock.take();
    mock.result("\"OK\"");
    json.jsonSet("d", "$", Map.of("a", 1));
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"JSON.SET\",\"d\",\"$\",\"{\\\"a\\\":1}\"]");
    mock.result("\"" + MockServer.b64("{\"a\":1}") + "\"");
    Map<String, Integer> doc = json.jsonGet("d", Types.newParameterizedType(Map.class, String.class, Integer.class));
    assertThat(doc).containsEntry("a", 1);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"JSON.GET\",\"d\"]");
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
      "1, 1", "-1.5, -1.5", "0.1, 0.1", "100, 100", "1e20, 100000000000000000000", "1e21, 1e+21",
      "1.23e22, 1.23e+22", "0.000001, 0.000001", "1e-7, 1e-7", "1.5e-7, 1.5e-7",
      "0.30000000000000004, 0.30000000000000004", "5e-324, 5e-324",
      "1.7976931348623157e308, 1.7976931348623157e+308", "9007199254740993, 9007199254740992",
      "123456789.125, 123456789.125",
  })
  void numbersPrintAsInJavaScript(double value, String js) {
    assertThat(JsNumbers.toJsString(value)).isEqualTo(js);
  }
}
