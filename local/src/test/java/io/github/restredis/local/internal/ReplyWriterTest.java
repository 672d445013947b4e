package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyWriterTest {
  private final ReplyWriter plain = new ReplyWriter(false);
  private final ReplyWriter base64 = new ReplyWriter(true);

  @Test
  void simpleStringOkIsNeverEncodedButEverythingElseIs() {
    assertThat(json(base64.single(Resp.SimpleString.OK))).isEqualTo("{\"result\":\"OK\"}");
    assertThat(json(base64.single(new Resp.SimpleString(bytes("QUEUED"))))).isEqualTo("{\"result\":\"UVVFVUVE\"}");
    assertThat(json(base64.single(bytes("OK")))).isEqualTo("{\"result\":\"T0s=\"}");
    assertThat(json(plain.single(bytes("OK")))).isEqualTo("{\"result\":\"OK\"}");
  }

  @Test
  void nestedValuesKeepNullsNumbersAndErrors() {
    Object reply = Arrays.asList(1L, null, Arrays.asList(bytes("a"), Long.MIN_VALUE, null),
        new Resp.Error("ERR inner"), List.of());
    assertThat(json(plain.single(reply)))
        .isEqualTo("{\"result\":[1,null,[\"a\",-9223372036854775808,null],\"ERR inner\",[]]}");
    assertThat(json(base64.single(reply)))
        .isEqualTo("{\"result\":[1,null,[\"YQ==\",-9223372036854775808,null],\"ERR inner\",[]]}");
  }

  @Test
  void itemsAreResultsOrErrorsInOrder() {
    assertThat(json(base64.items(Arrays.asList(null, new Resp.Error("WRONGTYPE x"), bytes("\u00ff")))))
        .isEqualTo("[{\"result\":null},{\"error\":\"WRONGTYPE x\"},{\"result\":\"w78=\"}]");
  }

  @Test
  void invalidUtf8IsReplacedWithoutBase64() {
    assertThat(json(plain.single(new byte[] {(byte) 0xff, 'a'}))).isEqualTo("{\"result\":\"\uFFFDa\"}");
    assertThat(json(base64.single(new byte[] {(byte) 0xff, 'a'}))).isEqualTo("{\"result\":\"/2E=\"}");
  }

  @Test
  void errorBodiesEscapeTheirMessage() {
    assertThat(json(ReplyWriter.error("ERR \"quoted\"\n"))).isEqualTo("{\"error\":\"ERR \\\"quoted\\\"\\n\"}");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
