package io.github.restredis.local.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which commands the REST API refuses, as PROTOCOL.md lists them. */
final class CommandPolicy {
  private static final Set<String> REFUSED = Set.of(
      // Blocking commands: an HTTP request cannot hold a connection open waiting for data.
      "BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP",
      "WAIT", "WAITAOF",
      // Transactions are only whole, through /multi-exec.
      "WATCH", "UNWATCH", "MULTI", "EXEC", "DISCARD",
      // Pub/sub and monitoring only over server-sent events.
      "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE",
      "MONITOR",
      // Connection state is the server's, not the caller's: only PING and ECHO.
      "AUTH", "HELLO", "SELECT", "CLIENT", "QUIT", "RESET",
      // Cluster.
      "CLUSTER", "READONLY", "READWRITE", "ASKING",
      // Administration a hosted Redis refuses, and replication that would take over a connection.
      "CONFIG", "SHUTDOWN", "DEBUG", "SAVE", "BGSAVE", "BGREWRITEAOF", "REPLICAOF", "SLAVEOF",
      "MODULE", "ACL", "SYNC", "PSYNC", "REPLCONF", "FAILOVER", "SENTINEL");

  private CommandPolicy() {}

  /** The upper-case command name. */
  static String name(List<byte[]> command) {
    return new String(command.get(0), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
  }

  /** The error message for a refused command, or null when it may run. */
  static @Nullable String refusal(List<byte[]> command) {
    String name = name(command);
    if (REFUSED.contains(name) || ((name.equals("XREAD") || name.equals("XREADGROUP")) && blocks(command))) {
      return "ERR Command is not available: '" + name + "'";
    }
    return null;
  }

  private static boolean blocks(List<byte[]> command) {
    for (int i = 1; i < command.size(); i++) {
      String argument = new String(command.get(i), StandardCharsets.UTF_8);
      if (argument.equalsIgnoreCase("STREAMS")) {
        return false;
      }
      if (argument.equalsIgnoreCase("BLOCK")) {
        return true;
      }
    }
    return false;
  }
}
