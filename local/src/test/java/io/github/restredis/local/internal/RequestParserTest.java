package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestParserTest {

  @Test
  void stringsNumbersAndBooleansBecomeArguments() throws Exception {
    List<byte[]> command = RequestParser.command(
        bytes("[\"SET\",\"k\\u00e9\",9223372036854775807,-0,1.50,1e3,true,\"\"]"));
    assertThat(command).extracting(RequestParserTest::text)
        .containsExactly("SET", "k\u00e9", "9223372036854775807", "-0", "1.50", "1e3", "true", "");
  }

  @Test
  void pipelinesAreArraysOfCommands() throws Exception {
    List<List<byte[]>> commands = RequestParser.commands(bytes("[[\"PING\"],[\"ECHO\",\"x\"]]"));
    assertThat(commands).hasSize(2);
    assertThat(text(commands.get(1).get(1))).isEqualTo("x");
  }

  @Test
  void badBodiesNameTheProblem() {
    assertBad("", "ERR empty request body");
    assertBad("[", "ERR malformed JSON body");
    assertBad("[\"a\",]", "ERR malformed JSON body");
    assertBad("{}", "ERR request body must be a JSON array");
    assertBad("[]", "ERR empty command");
    assertBad("[\"SET\",null]", "ERR argument 2 is null");
    assertBad("[\"SET\",{}]", "ERR argument 2 is an object");
    assertBad("[\"SET\",[]]", "ERR argument 2 is an array");
    assertBad("[\"PING\"]x", "ERR malformed JSON body");
  }

  private static void assertBad(String body, String message) {
    assertThatThrownBy(() -> RequestParser.command(bytes(body)))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith(message);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
