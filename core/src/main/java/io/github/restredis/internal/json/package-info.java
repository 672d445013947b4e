/**
 * JSON values as the official TypeScript SDK reads and writes them: exact numbers for Moshi, and
 * numbers printed as JavaScript prints them. May change without notice.
 */
@NullMarked
package io.github.restredis.internal.json;

import org.jspecify.annotations.NullMarked;
