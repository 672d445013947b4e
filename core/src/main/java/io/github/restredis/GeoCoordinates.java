package io.github.restredis;

/**
 * A position on Earth in degrees, longitude first as Redis orders it. Redis stores positions as
 * 52-bit geohashes, so a position read back differs from the one written by up to about half a
 * meter.
 *
 * @param longitude from -180 to 180
 * @param latitude from -85.05112878 to 85.05112878 (the limits of Web Mercator)
 */
public record GeoCoordinates(double longitude, double latitude) {}
