/**
 * Internals of the queue: the Lua scripts, the job record format, ids and time arithmetic. Not
 * API: these classes may change without notice.
 */
@NullMarked
package io.github.restredis.queue.internal;

import org.jspecify.annotations.NullMarked;
