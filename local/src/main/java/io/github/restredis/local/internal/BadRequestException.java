package io.github.restredis.local.internal;

/** A request the server answers with 400 and this message, without asking Redis. */
final class BadRequestException extends Exception {
  BadRequestException(String message) {
    super(message, null, false, false);
  }
}
