/**
 * SUBSCRIBE and PSUBSCRIBE over server-sent events: one stream per channel or pattern, as the
 * official SDK opens them, each reconnecting with backoff until closed. May change without notice.
 */
@NullMarked
package io.github.restredis.internal.pubsub;

import org.jspecify.annotations.NullMarked;
