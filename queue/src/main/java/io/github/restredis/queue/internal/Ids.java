package io.github.restredis.queue.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Job ids, made by the client so that a retried enqueue finds the job its first attempt stored.
 * 20 characters of {@code [0-9a-z]}: the enqueue time (8), a sequence number of this JVM (4) and
 * 40 random bits (8). Ready jobs of the same priority and millisecond are taken in id order, so
 * the sequence keeps one producer's jobs first in, first out.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Ids() {}

  /** {@return a new id} */
  public static String next(long epochMillis) {
    StringBuilder id = new StringBuilder(20);
    String time = Long.toString(Math.max(0, epochMillis), 36);
    for (int i = time.length(); i < 8; i++) {
      id.append('0');
    }
    id.append(time);
    int sequence = Math.floorMod(SEQUENCE.getAndIncrement(), 36 * 36 * 36 * 36);
    for (int div = 36 * 36 * 36; div > 0; div /= 36) {
      id.append(DIGITS[sequence / div % 36]);
    }
    long bits = RANDOM.nextLong();
    for (int i = 0; i < 8; i++) {
      id.append(DIGITS[(int) ((bits >>> (i * 5)) & 31)]);
    }
    return id.toString();
  }

  /** {@return whether {@code id} could be one of ours: a script may be given it as a field name} */
  public static boolean isValid(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }
}
