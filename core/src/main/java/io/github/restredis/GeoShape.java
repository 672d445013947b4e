package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The area a geo search covers around its {@link GeoOrigin}: a circle (BYRADIUS) or an
 * axis-aligned box (BYBOX). Distances in results are in this shape's unit.
 */
public final class GeoShape {
  private final double radius;
  private final double width;
  private final double height;
  private final GeoUnit unit;
  private final boolean box;

  private GeoShape(double radius, double width, double height, GeoUnit unit, boolean box) {
    this.radius = radius;
    this.width = width;
    this.height = height;
    this.unit = Objects.requireNonNull(unit, "unit == null");
    this.box = box;
  }

  /**
   * {@return a circle around the origin (BYRADIUS)}
   *
   * @param radius the radius, zero or more
   * @param unit the unit of the radius and of the distances found
   */
  public static GeoShape radius(double radius, GeoUnit unit) {
    requireSize(radius, "radius");
    return new GeoShape(radius, 0, 0, unit, false);
  }

  /**
   * {@return a box centred on the origin (BYBOX)}
   *
   * @param width the east-west extent, zero or more
   * @param height the north-south extent, zero or more
   * @param unit the unit of the sizes and of the distances found
   */
  public static GeoShape box(double width, double height, GeoUnit unit) {
    requireSize(width, "width");
    requireSize(height, "height");
    return new GeoShape(0, width, height, unit, true);
  }

  private static void requireSize(double size, String name) {
    if (!(size >= 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("the " + name + " of a geo search must be finite and not negative: " + size);
    }
  }

  /** {@return whether this is a box; otherwise a circle} */
  public boolean isBox() {
    return box;
  }

  /** {@return the radius of a circle, 0 for a box} */
  public double radius() {
    return radius;
  }

  /** {@return the width of a box, 0 for a circle} */
  public double width() {
    return width;
  }

  /** {@return the height of a box, 0 for a circle} */
  public double height() {
    return height;
  }

  /** {@return the unit} */
  public GeoUnit unit() {
    return unit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GeoShape)) {
      return false;
    }
    GeoShape other = (GeoShape) o;
    return box == other.box && radius == other.radius && width == other.width
        && height == other.height && unit == other.unit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(box, radius, width, height, unit);
  }

  @Override
  public String toString() {
    return box ? "BYBOX " + width + " " + height + " " + unit.word() : "BYRADIUS " + radius + " " + unit.word();
  }
}
