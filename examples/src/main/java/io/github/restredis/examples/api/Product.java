package io.github.restredis.examples.api;

/**
 * What {@code GET /products/{id}} returns, and what the cache stores as JSON.
 *
 * @param id the product's id
 * @param name its name
 * @param priceCents its price in cents (money is never a double)
 */
public record Product(String id, String name, long priceCents) {}
