/**
 * AWS Lambda handlers: a request handler that counts visits under a per-user rate limit and
 * queues a welcome email, a scheduled drain that sends the emails, and {@link
 * io.github.restredis.examples.lambda.LambdaSimulation}, which runs both as the Lambda runtime
 * would.
 */
@NullMarked
package io.github.restredis.examples.lambda;

import org.jspecify.annotations.NullMarked;
