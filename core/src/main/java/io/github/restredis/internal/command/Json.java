package io.github.restredis.internal.command;

import io.github.restredis.JsonGetArgs;
import io.github.restredis.JsonSetArgs;
import io.github.restredis.JsonSetEntry;
import io.github.restredis.Reply;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the RedisJSON commands (JSON.*). Values travel as JSON text. */
public final class Json {
  private Json() {}

  private static <T> Command.Builder<T> keyed(String name, Decoder<T> decoder, String key,
      @Nullable String path) {
    Command.Builder<T> b = Command.builder(name, decoder).arg(Objects.requireNonNull(key, "key == null"));
    if (path != null) {
      b.arg(path);
    }
    return b;
  }

  public static Command<Boolean> set(String key, String path, String json, JsonSetArgs args) {
    Command.Builder<Boolean> b = keyed("JSON.SET", Decoders.OK_OR_NIL, key, path)
        .arg(Objects.requireNonNull(json, "json == null"));
    String condition = args.condition();
    if (condition != null) {
      // The reply is the decision, which a retry after a lost reply would report wrongly.
      b.arg(condition).idempotent(false);
    }
    return b.build();
  }

  public static Command<@Nullable String> get(String key, JsonGetArgs args, List<String> paths) {
    Command.Builder<@Nullable String> b = keyed("JSON.GET", Decoders.STRING, key, null);
    String indent = args.indent();
    if (indent != null) {
      b.arg("INDENT").arg(indent);
    }
    String newline = args.newline();
    if (newline != null) {
      b.arg("NEWLINE").arg(newline);
    }
    String space = args.space();
    if (space != null) {
      b.arg("SPACE").arg(space);
    }
    return b.args(paths).build();
  }

  public static Command<List<@Nullable String>> mget(List<String> keys, String path) {
    Strings.requireNotEmpty(keys, "JSON.MGET");
    return Command.builder("JSON.MGET", Decoders.STRING_LIST).args(keys)
        .arg(Objects.requireNonNull(path, "path == null")).build();
  }

  public static Command<@Nullable Void> mset(List<JsonSetEntry> entries) {
    Strings.requireNotEmpty(entries, "JSON.MSET");
    Command.Builder<@Nullable Void> b = Command.builder("JSON.MSET", Decoders.OK);
    for (JsonSetEntry e : entries) {
      b.arg(e.key()).arg(e.path()).arg(e.json());
    }
    return b.build();
  }

  public static Command<@Nullable Void> merge(String key, String path, String json) {
    return keyed("JSON.MERGE", Decoders.OK, key, path).arg(json).build();
  }

  public static Command<Long> del(String key, @Nullable String path) {
    return keyed("JSON.DEL", Decoders.LONG, key, path).build();
  }

  public static Command<Long> forget(String key, @Nullable String path) {
    return keyed("JSON.FORGET", Decoders.LONG, key, path).build();
  }

  public static Command<Long> clear(String key, @Nullable String path) {
    return keyed("JSON.CLEAR", Decoders.LONG, key, path).build();
  }

  public static Command<List<String>> type(String key, @Nullable String path) {
    return keyed("JSON.TYPE", JsonReplies.TYPES, key, path).build();
  }

  public static Command<Reply> resp(String key, @Nullable String path) {
    return keyed("JSON.RESP", Decoders.REPLY, key, path).build();
  }

  public static Command<List<@Nullable Boolean>> toggle(String key, String path) {
    return keyed("JSON.TOGGLE", JsonReplies.BOOLEANS, key, path).build();
  }

  public static Command<List<@Nullable Number>> numincrby(String key, String path, double value) {
    return keyed("JSON.NUMINCRBY", JsonReplies.NUMBERS, key, path).arg(value).build();
  }

  public static Command<List<@Nullable Number>> nummultby(String key, String path, double value) {
    return keyed("JSON.NUMMULTBY", JsonReplies.NUMBERS, key, path).arg(value).build();
  }

  public static Command<List<@Nullable Long>> strlen(String key, @Nullable String path) {
    return keyed("JSON.STRLEN", JsonReplies.LONGS, key, path).build();
  }

  public static Command<List<@Nullable Long>> strappend(String key, String path, String text) {
    return keyed("JSON.STRAPPEND", JsonReplies.LONGS, key, path).arg(quote(text)).build();
  }

  public static Command<List<@Nullable Long>> arrappend(String key, String path, List<String> values) {
    Strings.requireNotEmpty(values, "JSON.ARRAPPEND");
    return keyed("JSON.ARRAPPEND", JsonReplies.LONGS, key, path).args(values).build();
  }

  public static Command<List<@Nullable Long>> arrinsert(String key, String path, long index,
      List<String> values) {
    Strings.requireNotEmpty(values, "JSON.ARRINSERT");
    return keyed("JSON.ARRINSERT", JsonReplies.LONGS, key, path).arg(index).args(values).build();
  }

  public static Command<List<@Nullable Long>> arrindex(String key, String path, String value,
      @Nullable Long start, @Nullable Long stop) {
    Command.Builder<List<@Nullable Long>> b =
        keyed("JSON.ARRINDEX", JsonReplies.LONGS, key, path).arg(Objects.requireNonNull(value, "value == null"));
    if (start != null) {
      b.arg(start);
      if (stop != null) {
        b.arg(stop);
      }
    }
    return b.build();
  }

  public static Command<List<@Nullable Long>> arrlen(String key, @Nullable String path) {
    return keyed("JSON.ARRLEN", JsonReplies.LONGS, key, path).build();
  }

  public static Command<List<@Nullable String>> arrpop(String key, @Nullable String path,
      @Nullable Long index) {
    Command.Builder<List<@Nullable String>> b = keyed("JSON.ARRPOP", JsonReplies.TEXTS, key, path);
    if (index != null) {
      b.arg(index);
    }
    return b.build();
  }

  public static Command<List<@Nullable Long>> arrtrim(String key, String path, long start, long stop) {
    return keyed("JSON.ARRTRIM", JsonReplies.LONGS, key, path).arg(start).arg(stop).build();
  }

  public static Command<List<@Nullable List<String>>> objkeys(String key, @Nullable String path) {
    boolean jsonPath = path != null && path.startsWith("$");
    return keyed("JSON.OBJKEYS", jsonPath ? JsonReplies.KEY_LISTS : JsonReplies.KEY_LIST, key, path)
        .build();
  }

  public static Command<List<@Nullable Long>> objlen(String key, @Nullable String path) {
    return keyed("JSON.OBJLEN", JsonReplies.LONGS, key, path).build();
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    Objects.requireNonNull(text, "text == null");
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
