package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathCommandTest {
  @Test
  void segmentsThenQueryThenBody() throws Exception {
    List<byte[]> command = PathCommand.command("/set/k", "EX=100&_token=secret&NX", bytes("v"));
    assertThat(command).containsExactly(bytes("set"), bytes("k"), bytes("EX"), bytes("100"), bytes("NX"), bytes("v"));
  }

  @Test
  void decodesToRawBytes() throws Exception {
    assertThat(PathCommand.decode("%00%ff%C3%A9+", false)).containsExactly(0, 0xff, 0xc3, 0xa9, '+');
    assertThat(PathCommand.decode("a+b", true)).containsExactly('a', ' ', 'b');
    // The JDK server hands us the request line as ISO-8859-1: one char per byte of the wire.
    assertThat(PathCommand.decode("\u00e9", false)).containsExactly(0xe9);
  }

  @Test
  void malformedEscapesAreBadRequests() {
    for (String raw : new String[] {"%", "%4", "%zz", "a%g1"}) {
      assertThatThrownBy(() -> PathCommand.decode(raw, false))
          .isInstanceOf(BadRequestException.class)
          .hasMessageStartingWith("ERR malformed percent-encoding");
    }
  }

  @Test
  void trailingSlashAddsNothingButInnerEmptySegmentsCount() throws Exception {
    assertThat(PathCommand.segments("/get/k/")).containsExactly(bytes("get"), bytes("k"));
    assertThat(PathCommand.segments("/get//")).containsExactly(bytes("get"), bytes(""));
    assertThat(PathCommand.segments("/set//v")).containsExactly(bytes("set"), bytes(""), bytes("v"));
  }

  @Test
  void queryWithoutArguments() throws Exception {
    assertThat(PathCommand.queryArguments(null)).isEmpty();
    assertThat(PathCommand.queryArguments("")).isEmpty();
    assertThat(PathCommand.queryArguments("_token=x&&")).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
