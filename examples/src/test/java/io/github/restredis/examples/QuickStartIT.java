package io.github.restredis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the quick start as the README's demo command does and checks what it printed. */
class QuickStartIT {

  @Test
  void printsWhatEachStepReturned() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);
    assertThat(output)
        .contains("GET greeting      -> hello")
        .contains("INCRBY visits 41  -> 42")
        .contains("HGETALL user      -> {")
        .contains("name=Ada")
        .contains("JSON get Profile  -> Profile[name=Ada, born=1815, languages=[en, fr]]")
        .contains("GET profile (raw) -> {\"name\":\"Ada\",\"born\":1815,\"languages\":[\"en\",\"fr\"]}")
        .contains("GET bytes (exact) -> [0, -1, 16, -128]")
        .contains("script INCRBY 8   -> 50")
        .contains("pipeline (1 req)  -> INCR 51, RPUSH 3")
        .contains("MULTI/EXEC        -> DECRBY 50, LRANGE [a, b, c]")
        .contains("async GET         -> hello")
        .contains("SCAN quickstart:* -> quickstart:bytes, quickstart:greeting, quickstart:log, quickstart:profile, quickstart:user, quickstart:visits")
        .contains("DEL               -> 6")
        .contains("18 HTTP requests, 20 billed commands");
  }
}
