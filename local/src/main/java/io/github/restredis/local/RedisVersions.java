package io.github.restredis.local;

/** Compares dotted version numbers such as {@code 7.0.15} and {@code 7.4}. */
final class RedisVersions {
  private RedisVersions() {}

  static int compare(String a, String b) {
    int[] x = parse(a);
    int[] y = parse(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int left = i < x.length ? x[i] : 0;
      int right = i < y.length ? y[i] : 0;
      if (left != right) {
        return Integer.compare(left, right);
      }
    }
    return 0;
  }

  private static int[] parse(String version) {
    String[] parts = version.trim().split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        numbers[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a version: " + version);
      }
    }
    return numbers;
  }
}
