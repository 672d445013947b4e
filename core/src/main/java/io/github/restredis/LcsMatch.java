package io.github.restredis;

/**
 * One common run of two strings, as {@code LCS … IDX WITHMATCHLEN} reports it: byte ranges,
 * inclusive, in each of the two values.
 *
 * @param firstStart the first byte of the run in the first value
 * @param firstEnd the last byte of the run in the first value
 * @param secondStart the first byte of the run in the second value
 * @param secondEnd the last byte of the run in the second value
 * @param length the length of the run in bytes
 */
public record LcsMatch(long firstStart, long firstEnd, long secondStart, long secondEnd, long length) {}
