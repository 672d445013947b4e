package io.github.restredis;

import java.util.List;

/**
 * The positions of the longest common subsequence of two strings ({@code LCS … IDX}).
 *
 * @param matches the common runs, from the end of the strings to their start, as Redis lists them
 * @param length the length of the whole common subsequence in bytes
 */
public record LcsResult(List<LcsMatch> matches, long length) {
  /**
   * Copies the list of matches.
   *
   * @param matches the common runs
   * @param length the length of the common subsequence
   */
  public LcsResult {
    matches = List.copyOf(matches);
  }
}
