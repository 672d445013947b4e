package io.github.restredis.local.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Makes Upstash scripts run on a plain Redis while every SHA-1 the caller sees is that of the script
 * as the caller sent it.
 *
 * <p>Upstash's {@code #!lua flags=allow-key-locking} is rejected by Redis 7 ("Unexpected flag") and
 * any shebang by Redis 6. The script is rewritten before Redis sees it, and EVALSHA, EVALSHA_RO,
 * SCRIPT LOAD and SCRIPT EXISTS translate between the caller's SHA-1 and the one Redis knows.
 */
final class Scripts {
  /** The flags Redis 7 accepts in a shebang; everything else is Upstash's own. */
  private static final Set<String> REDIS_FLAGS =
      Set.of("no-writes", "allow-oom", "allow-stale", "no-cluster", "allow-cross-slot-keys");

  private final boolean shebangSupported;
  private final Map<String, String> redisShaByClientSha = new ConcurrentHashMap<>();

  Scripts(int redisMajorVersion) {
    this.shebangSupported = redisMajorVersion >= 7;
  }

  /** A command ready to send, and how to turn Redis's reply (errors included) into the caller's. */
  record Plan(List<byte[]> command, UnaryOperator<@Nullable Object> replyMapper) {
    static Plan unchanged(List<byte[]> command) {
      return new Plan(command, UnaryOperator.identity());
    }
  }

  Plan plan(List<byte[]> command) {
    if (command.size() < 2) {
      return Plan.unchanged(command);
    }
    String name = CommandPolicy.name(command);
    switch (name) {
      case "EVAL":
      case "EVAL_RO": {
        byte[] script = command.get(1);
        byte[] rewritten = rewriteAndRemember(script);
        return rewritten == script
            ? Plan.unchanged(command)
            : new Plan(replace(command, 1, rewritten), errorsNaming(sha1Hex(rewritten), sha1Hex(script)));
      }
      case "EVALSHA":
      case "EVALSHA_RO": {
        byte[] redisSha = toRedisSha(command.get(1));
        return redisSha == command.get(1)
            ? Plan.unchanged(command)
            : new Plan(replace(command, 1, redisSha), errorsNaming(
                new String(redisSha, StandardCharsets.US_ASCII), new String(command.get(1), StandardCharsets.US_ASCII)));
      }
      case "SCRIPT":
        return planScript(command);
      default:
        return Plan.unchanged(command);
    }
  }

  private Plan planScript(List<byte[]> command) {
    String sub = new String(command.get(1), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    if (sub.equals("LOAD") && command.size() == 3) {
      byte[] clientSha = ascii(sha1Hex(command.get(2)));
      List<byte[]> rewritten = replace(command, 2, rewriteAndRemember(command.get(2)));
      return new Plan(rewritten, reply -> reply instanceof byte[] ? clientSha : reply);
    }
    if (sub.equals("EXISTS")) {
      List<byte[]> translated = new ArrayList<>(command);
      for (int i = 2; i < translated.size(); i++) {
        translated.set(i, toRedisSha(translated.get(i)));
      }
      return Plan.unchanged(translated);
    }
    return Plan.unchanged(command);
  }

  /** Redis names the SHA-1 it ran in error messages; the caller must see the one it knows. */
  private static UnaryOperator<@Nullable Object> errorsNaming(String redisSha, String clientSha) {
    return reply -> reply instanceof Resp.Error error && error.message().contains(redisSha)
        ? new Resp.Error(error.message().replace(redisSha, clientSha))
        : reply;
  }

  private byte[] rewriteAndRemember(byte[] script) {
    byte[] rewritten = rewrite(script);
    if (rewritten != script) {
      redisShaByClientSha.put(sha1Hex(script), sha1Hex(rewritten));
    }
    return rewritten;
  }

  /** The script as Redis accepts it; the same array when nothing needs to change. */
  byte[] rewrite(byte[] script) {
    if (script.length < 2 || script[0] != '#' || script[1] != '!') {
      return script;
    }
    String text = new String(script, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String shebang = newline < 0 ? text : text.substring(0, newline);
    String rest = newline < 0 ? "" : text.substring(newline);
    String replacement;
    if (!shebangSupported) {
      // Keep the line (empty) so that line numbers in error messages stay the same.
      replacement = "";
    } else {
      replacement = keepKnownFlags(shebang);
      if (replacement.equals(shebang)) {
        return script;
      }
    }
    return (replacement + rest).getBytes(StandardCharsets.UTF_8);
  }

  private static String keepKnownFlags(String shebang) {
    String[] words = shebang.trim().split("\\s+");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (word.startsWith("flags=")) {
        List<String> kept = new ArrayList<>();
        for (String flag : word.substring("flags=".length()).split(",")) {
          if (REDIS_FLAGS.contains(flag)) {
            kept.add(flag);
          }
        }
        if (kept.isEmpty()) {
          continue;
        }
        word = "flags=" + String.join(",", kept);
      }
      out.append(' ').append(word);
    }
    return out.toString();
  }

  private byte[] toRedisSha(byte[] clientSha) {
    String key = new String(clientSha, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    String redisSha = redisShaByClientSha.get(key);
    return redisSha == null ? clientSha : ascii(redisSha);
  }

  private static List<byte[]> replace(List<byte[]> command, int index, byte[] value) {
    if (command.get(index) == value) {
      return command;
    }
    List<byte[]> copy = new ArrayList<>(command);
    copy.set(index, value);
    return copy;
  }

  static String sha1Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-1", e);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
