package io.github.restredis.internal.command;

import io.github.restredis.GeoAddArgs;
import io.github.restredis.GeoCoordinates;
import io.github.restredis.GeoOrigin;
import io.github.restredis.GeoResult;
import io.github.restredis.GeoSearchArgs;
import io.github.restredis.GeoShape;
import io.github.restredis.GeoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the geo commands. */
public final class Geo {
  private Geo() {}

  /** {@code [lon, lat]} as two strings. */
  private static GeoCoordinates coordinates(@Nullable Object node) {
    List<Object> pair = Nodes.list(node, 2);
    return new GeoCoordinates(Nodes.doubleValue(pair.get(0)), Nodes.doubleValue(pair.get(1)));
  }

  private static final Decoder<List<@Nullable GeoCoordinates>> POSITIONS = reply -> {
    List<Object> items = Nodes.list(reply);
    List<@Nullable GeoCoordinates> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(item == null ? null : coordinates(item));
    }
    return Collections.unmodifiableList(out);
  };

  /**
   * GEOSEARCH replies with bare members, or, with any WITH option, one array per member: the
   * member, then the distance, the hash and the position, each only if asked for, in that order.
   */
  private static Decoder<List<GeoResult>> results(GeoSearchArgs args) {
    boolean detailed = args.isWithDist() || args.isWithHash() || args.isWithCoord();
    return reply -> {
      List<Object> items = Nodes.list(reply);
      List<GeoResult> out = new ArrayList<>(items.size());
      for (Object item : items) {
        if (!detailed) {
          out.add(new GeoResult(Nodes.text(item), null, null, null));
          continue;
        }
        List<Object> parts = Nodes.list(item);
        int expected = 1 + (args.isWithDist() ? 1 : 0) + (args.isWithHash() ? 1 : 0) + (args.isWithCoord() ? 1 : 0);
        if (parts.size() != expected) {
          throw new DecodeFailure("expected " + expected + " parts per member, got " + parts.size());
        }
        int i = 1;
        Double distance = args.isWithDist() ? Nodes.doubleValue(parts.get(i++)) : null;
        Long hash = args.isWithHash() ? Nodes.longValue(parts.get(i++)) : null;
        GeoCoordinates position = args.isWithCoord() ? coordinates(parts.get(i)) : null;
        out.add(new GeoResult(Nodes.text(parts.get(0)), distance, hash, position));
      }
      return Collections.unmodifiableList(out);
    };
  }

  public static Command<Long> geoadd(String key, Map<String, GeoCoordinates> members, GeoAddArgs args) {
    Objects.requireNonNull(args, "args == null");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("GEOADD needs at least one member");
    }
    Command.Builder<Long> b = Command.builder("GEOADD", Decoders.LONG).arg(key);
    String condition = args.condition();
    if (condition != null) {
      b.arg(condition);
    }
    if (args.isCh()) {
      b.arg("CH");
    }
    members.forEach((member, at) -> b.arg(at.longitude()).arg(at.latitude()).arg(member));
    return b.build();
  }

  public static Command<@Nullable Double> geodist(String key, String member1, String member2, @Nullable GeoUnit unit) {
    Command.Builder<@Nullable Double> b =
        Command.builder("GEODIST", Decoders.NULLABLE_DOUBLE).arg(key).arg(member1).arg(member2);
    if (unit != null) {
      b.arg(unit.word());
    }
    return b.build();
  }

  public static Command<List<@Nullable String>> geohash(String key, List<String> members) {
    Strings.requireNotEmpty(members, "GEOHASH");
    return Command.builder("GEOHASH", Decoders.STRING_LIST).arg(key).args(members).build();
  }

  public static Command<List<@Nullable GeoCoordinates>> geopos(String key, List<String> members) {
    Strings.requireNotEmpty(members, "GEOPOS");
    return Command.builder("GEOPOS", POSITIONS).arg(key).args(members).build();
  }

  public static Command<List<String>> geosearch(String key, GeoOrigin from, GeoShape by) {
    return area(Command.builder("GEOSEARCH", Decoders.NONNULL_STRING_LIST).arg(key), from, by).build();
  }

  public static Command<List<GeoResult>> geosearch(String key, GeoOrigin from, GeoShape by, GeoSearchArgs args) {
    Command.Builder<List<GeoResult>> b = area(Command.builder("GEOSEARCH", results(args)).arg(key), from, by);
    limits(b, args);
    if (args.isWithCoord()) {
      b.arg("WITHCOORD");
    }
    if (args.isWithDist()) {
      b.arg("WITHDIST");
    }
    if (args.isWithHash()) {
      b.arg("WITHHASH");
    }
    return b.build();
  }

  public static Command<Long> geosearchstore(String destination, String source, GeoOrigin from, GeoShape by,
      GeoSearchArgs args, boolean storeDist) {
    if (args.isWithCoord() || args.isWithDist() || args.isWithHash()) {
      throw new IllegalArgumentException(
          "GEOSEARCHSTORE stores members, so WITHCOORD, WITHDIST and WITHHASH do not apply; "
              + "store distances with geosearchstoreDist");
    }
    Command.Builder<Long> b = area(Command.builder("GEOSEARCHSTORE", Decoders.LONG).arg(destination).arg(source), from, by);
    limits(b, args);
    if (storeDist) {
      b.arg("STOREDIST");
    }
    return b.build();
  }

  private static <T> Command.Builder<T> area(Command.Builder<T> b, GeoOrigin from, GeoShape by) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(by, "by == null");
    String member = from.fromMember();
    GeoCoordinates at = from.fromLonLat();
    if (member != null) {
      b.arg("FROMMEMBER").arg(member);
    } else if (at != null) {
      b.arg("FROMLONLAT").arg(at.longitude()).arg(at.latitude());
    }
    if (by.isBox()) {
      b.arg("BYBOX").arg(by.width()).arg(by.height());
    } else {
      b.arg("BYRADIUS").arg(by.radius());
    }
    return b.arg(by.unit().word());
  }

  private static <T> void limits(Command.Builder<T> b, GeoSearchArgs args) {
    Long count = args.countLimit();
    if (count != null) {
      b.arg("COUNT").arg(count);
      if (args.isAny()) {
        b.arg("ANY");
      }
    }
    String order = args.order();
    if (order != null) {
      b.arg(order);
    }
  }
}
