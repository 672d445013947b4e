package io.github.restredis.internal.command;

/** Doubles as Redis writes and parses them. */
public final class Doubles {
  private Doubles() {}

  /** {@return {@code value} in a form Redis accepts} */
  public static String format(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "+inf";
    }
    if (value == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("NaN is not a valid Redis number");
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** {@return the double Redis wrote as {@code text}} */
  public static double parse(String text) {
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "inf":
      case "+inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }
}
