/**
 * Rate limiters on Redis over the REST API, one HTTP request per decision.
 */
@NullMarked
package io.github.restredis.ratelimit;

import org.jspecify.annotations.NullMarked;
