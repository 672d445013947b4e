/**
 * The command layer: one definition per command (arguments, reply decoder, idempotency), shared by
 * every execution surface. May change without notice.
 */
@NullMarked
package io.github.restredis.internal.command;

import org.jspecify.annotations.NullMarked;
