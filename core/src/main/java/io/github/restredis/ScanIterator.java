package io.github.restredis;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a SCAN-family cursor lazily: a page is requested only when the caller asks for an element
 * past the current one, so stopping early costs no further requests.
 */
final class ScanIterator<T> implements Iterator<T> {
  private final Function<String, ScanPage<T>> fetch;
  private String cursor = "0";
  private boolean done;
  private Iterator<T> page = Collections.emptyIterator();

  ScanIterator(Function<String, ScanPage<T>> fetch) {
    this.fetch = fetch;
  }

  static <T> Stream<T> stream(Function<String, ScanPage<T>> fetch) {
    // The iterator is made when the stream is consumed, so building a stream sends nothing.
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(new ScanIterator<>(fetch), Spliterator.NONNULL),
        Spliterator.NONNULL, false);
  }

  @Override
  public boolean hasNext() {
    // Empty pages with a non-zero cursor are normal (MATCH filters after reading), so keep going.
    while (!page.hasNext() && !done) {
      ScanPage<T> next = fetch.apply(cursor);
      cursor = next.cursor();
      done = next.isLast();
      page = next.items().iterator();
    }
    return page.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }
}
