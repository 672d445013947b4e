package io.github.restredis.internal.command;

/** A reply did not have the shape its decoder expects; the transport adds the body. */
public final class DecodeFailure extends RuntimeException {
  /** Creates a failure. */
  public DecodeFailure(String message) {
    super(message);
  }
}
