package io.github.restredis.internal.command;

import org.jspecify.annotations.Nullable;

/**
 * Turns a reply tree into a typed value. A reply tree node is {@code null}, a {@link Long}, a
 * {@code byte[]} (a bulk or simple string, already base64-decoded) or a {@code List<Object>} of
 * nodes. A node of an unexpected shape is a {@link DecodeFailure}.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface Decoder<T> {
  /** {@return the typed value of {@code reply}} */
  T decode(@Nullable Object reply);
}
