/**
 * A reliable job queue on Redis lists over the REST API.
 */
@NullMarked
package io.github.restredis.queue;

import org.jspecify.annotations.NullMarked;
