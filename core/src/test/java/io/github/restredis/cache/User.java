package io.github.restredis.cache;

/** A typed value for the tests, converted by Moshi's record support. */
public record User(String id, String name, int age) {}
