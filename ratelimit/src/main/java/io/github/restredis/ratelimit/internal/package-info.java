/**
 * Internals of the rate limiters: the decision script and the local cache of blocked identifiers.
 * Not an API: these classes may change in any release.
 */
@NullMarked
package io.github.restredis.ratelimit.internal;

import org.jspecify.annotations.NullMarked;
