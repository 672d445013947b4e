package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.HostileJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reply decoder of every command, fed any reply tree (wrong shapes, numbers that overflow,
 * text that is almost a number, deep nesting): it returns a value or throws {@link DecodeFailure},
 * which the transport turns into a {@link io.github.restredis.ReplyDecodeException} quoting the
 * body. Any other exception would reach callers as a bare RuntimeException.
 */
class DecodersFuzzTest {
  private static final CommandCatalog CATALOG = new CommandCatalog();
  /**
   * A fuzzing dictionary: the lower-case words quoted in this package's sources ("length",
   * "first-entry", "libraries_count"…), the field names of map-shaped replies.
   */
  private static final List<String> WORDS = words();

  @Property(tries = 1000)
  void anyReplyTreeDecodesOrFailsAsADecodeFailure(@ForAll("trees") Object tree) {
    for (Command<?> command : CATALOG.commands) {
      try {
        command.decoder().decode(tree);
      } catch (DecodeFailure expected) {
        // the one way a decoder may refuse a reply
      } catch (RuntimeException e) {
        throw new AssertionError(command.name() + " threw " + e + " for " + show(tree), e);
      }
    }
  }

  @Property(tries = 1)
  void theCatalogReachesNearlyEveryCommand() {
    // A floor, so that a change to the factories cannot quietly leave most decoders untested.
    assertThat(CATALOG.commands.size()).isGreaterThan(150);
    assertThat(CATALOG.skipped).as("factories whose arguments could not be made up").hasSizeLessThan(10);
    assertThat(WORDS).contains("length", "name");
  }

  @Provide
  Arbitrary<Object> trees() {
    return HostileJson.replyTrees(4, WORDS);
  }

  private static List<String> words() {
    Path sources = Path.of("src/main/java/io/github/restredis/internal/command");
    Set<String> words = new TreeSet<>();
    Pattern quoted = Pattern.compile("\"([a-z][a-z0-9_-]{1,40})\"");
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = quoted.matcher(Files.readString(file));
        while (m.find()) {
          words.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the fuzzing dictionary is read from " + sources, e);
    }
    return List.copyOf(words);
  }

  private static String show(Object tree) {
    if (tree instanceof byte[] b) {
      return "bytes \"" + new String(b, java.nio.charset.StandardCharsets.UTF_8) + "\"";
    }
    if (tree instanceof java.util.List<?> l) {
      StringBuilder out = new StringBuilder("[");
      for (Object o : l) {
        out.append(out.length() > 1 ? ", " : "").append(show(o));
      }
      return out.append(']').toString();
    }
    return String.valueOf(tree);
  }
}
