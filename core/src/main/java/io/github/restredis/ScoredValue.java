package io.github.restredis;

/**
 * A sorted-set member with its score, as returned by {@code zrangeWithScores}.
 *
 * @param value the member
 * @param score the score
 */
public record ScoredValue(String value, double score) {
  /**
   * Checks the member.
   *
   * @param value the member
   * @param score the score
   */
  public ScoredValue {
    java.util.Objects.requireNonNull(value, "value == null");
  }
}
