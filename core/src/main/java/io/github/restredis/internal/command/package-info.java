/**
 * The command layer: one definition per command (arguments, reply decoder, idempotency), shared by
 * every execution surface. May change without notice.
 *
 * <p>To add a command: add a static factory to its group's definition file ({@code Strings},
 * {@code Keys}, {@code Hashes}, …) that returns a {@link
 * io.github.restredis.internal.command.Command} built with a {@link
 * io.github.restredis.internal.command.Decoders decoder}; idempotency comes from {@link
 * io.github.restredis.internal.command.CommandTable} unless the options change it. Then add a
 * one-line default method to the group interface of each surface (for the sync surface, {@code
 * StringCommands} and friends, which call {@code Redis.execute}). A surface never builds
 * arguments or decodes replies itself: async, pipeline and transaction surfaces dispatch the same
 * {@code Command} objects ({@code HttpCall.batch} and {@code Transport.decode} serve batches).
 */
@NullMarked
package io.github.restredis.internal.command;

import org.jspecify.annotations.NullMarked;
