package io.github.restredis.internal.command;

import io.github.restredis.FlushMode;
import io.github.restredis.Reply;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Definitions of the scripting commands. */
public final class Scripts {
  private Scripts() {}

  /**
   * EVAL, EVALSHA, EVAL_RO or EVALSHA_RO. {@code idempotent} is the script's own flag: a script
   * decides what it writes, so the command name alone cannot say whether a second run is harmless.
   */
  public static Command<Reply> eval(String name, String scriptOrSha, List<byte[]> keys,
      List<byte[]> args, boolean idempotent) {
    return evalBuilder(name, scriptOrSha, keys, args, idempotent).build();
  }

  /**
   * EVALSHA or EVALSHA_RO as {@code Script} sends it: it answers {@code NOSCRIPT} itself with
   * EVAL, so that reply is marked {@linkplain Command#handledError handled}.
   */
  public static Command<Reply> evalshaBeforeEval(String name, String sha, List<byte[]> keys,
      List<byte[]> args, boolean idempotent) {
    return evalBuilder(name, sha, keys, args, idempotent).handledError("NOSCRIPT").build();
  }

  private static Command.Builder<Reply> evalBuilder(String name, String scriptOrSha,
      List<byte[]> keys, List<byte[]> args, boolean idempotent) {
    Command.Builder<Reply> b = Command.builder(name, Decoders.REPLY)
        .arg(scriptOrSha)
        .arg(keys.size())
        .idempotent(idempotent);
    for (byte[] key : keys) {
      b.arg(key);
    }
    for (byte[] arg : args) {
      b.arg(arg);
    }
    return b;
  }

  public static Command<String> scriptLoad(String script) {
    return Command.builder("SCRIPT LOAD", Decoders.STATUS).arg(script).build();
  }

  public static Command<List<Boolean>> scriptExists(List<String> shas) {
    Strings.requireNotEmpty(shas, "SCRIPT EXISTS");
    return Command.builder("SCRIPT EXISTS", Decoders.BOOLEAN_LIST).args(shas).build();
  }

  public static Command<@Nullable Void> scriptFlush() {
    return Command.builder("SCRIPT FLUSH", Decoders.OK).build();
  }

  public static Command<@Nullable Void> scriptFlush(FlushMode mode) {
    return Command.builder("SCRIPT FLUSH", Decoders.OK).arg(mode.name()).build();
  }
}
