/**
 * Implementation of the local server; not a public API, and may change without notice.
 */
@NullMarked
package io.github.restredis.local.internal;

import org.jspecify.annotations.NullMarked;
