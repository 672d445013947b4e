/**
 * The HTTP transport: request bodies, reply parsing, retries, telemetry and metrics. May change
 * without notice.
 */
@NullMarked
package io.github.restredis.internal.http;

import org.jspecify.annotations.NullMarked;
