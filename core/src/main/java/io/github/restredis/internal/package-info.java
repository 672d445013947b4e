/**
 * Implementation details of the client; these classes may change without notice between releases.
 */
@NullMarked
package io.github.restredis.internal;

import org.jspecify.annotations.NullMarked;
