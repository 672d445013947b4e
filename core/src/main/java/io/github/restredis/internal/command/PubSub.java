package io.github.restredis.internal.command;

import java.util.Objects;

/** Definition of PUBLISH; subscriptions are event streams, not commands. */
public final class PubSub {
  private PubSub() {}

  public static Command<Long> publish(String channel, String message) {
    Objects.requireNonNull(channel, "channel == null");
    Objects.requireNonNull(message, "message == null");
    return Command.builder("PUBLISH", Decoders.LONG).arg(channel).arg(message).build();
  }
}
