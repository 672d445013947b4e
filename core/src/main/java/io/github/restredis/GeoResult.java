package io.github.restredis;

import org.jspecify.annotations.Nullable;

/**
 * One member found by {@code GEOSEARCH}, with what {@link GeoSearchArgs} asked for.
 *
 * @param member the member
 * @param distance its distance from the search's origin in the search's unit, or null unless
 *     asked for with {@link GeoSearchArgs#withDist()}
 * @param hash its 52-bit geohash as Redis stores it, or null unless asked for with {@link
 *     GeoSearchArgs#withHash()}
 * @param coordinates its position, or null unless asked for with {@link GeoSearchArgs#withCoord()}
 */
public record GeoResult(String member, @Nullable Double distance, @Nullable Long hash,
    @Nullable GeoCoordinates coordinates) {}
