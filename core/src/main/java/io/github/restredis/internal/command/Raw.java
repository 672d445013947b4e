package io.github.restredis.internal.command;

import io.github.restredis.Reply;
import java.util.List;
import java.util.Locale;

/** The raw escape hatch: any command as strings, the reply as a value tree. */
public final class Raw {
  private Raw() {}

  public static Command<Reply> command(List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("a command needs at least its name");
    }
    String name = args.get(0).toUpperCase(Locale.ROOT);
    // Some table entries are two words (SCRIPT LOAD is idempotent, SCRIPT FLUSH is not listed).
    boolean idempotent = CommandTable.isIdempotent(name)
        || (args.size() > 1 && CommandTable.isIdempotent(name + " " + args.get(1)));
    Command.Builder<Reply> b = Command.builder(name, Decoders.REPLY).idempotent(idempotent);
    return b.args(args.subList(1, args.size())).build();
  }
}
