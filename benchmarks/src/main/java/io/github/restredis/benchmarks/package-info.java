/** Load harnesses for the client and the local server; never published. */
@NullMarked
package io.github.restredis.benchmarks;

import org.jspecify.annotations.NullMarked;
