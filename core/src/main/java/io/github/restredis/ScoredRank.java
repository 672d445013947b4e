package io.github.restredis;

/**
 * A sorted-set member's rank with its score, as ZRANK and ZREVRANK … WITHSCORE return them.
 *
 * @param rank the 0-based rank
 * @param score the score
 */
public record ScoredRank(long rank, double score) {}
