/**
 * Micrometer meters for the client's metrics; needs {@code micrometer-core} on the class path.
 */
@NullMarked
package io.github.restredis.micrometer;

import org.jspecify.annotations.NullMarked;
