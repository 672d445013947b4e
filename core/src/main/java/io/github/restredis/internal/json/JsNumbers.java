package io.github.restredis.internal.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as JavaScript sees them. The TypeScript SDK parses every reply with {@code JSON.parse}
 * and keeps the raw text when {@code String(number)} differs from it, which is how it protects
 * integers above 2^53; agreeing with it needs JavaScript's {@code Number.prototype.toString}.
 */
public final class JsNumbers {
  private JsNumbers() {}

  /** {@return {@code d} as JavaScript's {@code String(d)} prints it; d must be finite} */
  public static String toJsString(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not a finite number");
    }
    if (d == 0) {
      return "0"; // also -0
    }
    BigDecimal shortest = shortest(d).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // d = 0.digits × 10^n
    StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return out.toString();
  }

  /** {@return the decimal with the fewest digits that reads back as {@code d}, as JavaScript picks it} */
  static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        return candidate;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /**
   * {@return whether the TypeScript SDK keeps JSON number text {@code text} as a number: {@code
   * String(JSON.parse(text)) === text}}
   */
  public static boolean survivesJavaScript(String text) {
    double d;
    try {
      d = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return false;
    }
    return !Double.isInfinite(d) && toJsString(d).equals(text);
  }

  /**
   * {@return JSON number text {@code text} rewritten as JavaScript would print its value ({@code 2.0}
   * becomes {@code 2}, {@code 1.0E21} becomes {@code 1e+21}), or unchanged when a double cannot
   * hold it exactly}
   */
  public static String canonical(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
    double d = value.doubleValue();
    if (Double.isInfinite(d) || shortest(d).compareTo(value) != 0) {
      return text;
    }
    return toJsString(d);
  }
}
