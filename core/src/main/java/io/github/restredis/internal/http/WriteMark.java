package io.github.restredis.internal.http;

/** A request tag that turns true once OkHttp started writing the request to a connection. */
final class WriteMark {
  volatile boolean started;
}
