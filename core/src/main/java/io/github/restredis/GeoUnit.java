package io.github.restredis;

import java.util.Locale;

/** A unit of distance of the geo commands. */
public enum GeoUnit {
  /** Meters, the default. */
  M,
  /** Kilometers. */
  KM,
  /** Feet. */
  FT,
  /** Miles. */
  MI;

  /** {@return the word Redis takes, such as {@code km}} */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
