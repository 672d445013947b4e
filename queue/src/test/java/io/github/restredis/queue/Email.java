package io.github.restredis.queue;

/** A typed payload for the tests. */
public record Email(String to, String subject) {}
