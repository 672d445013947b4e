package io.github.restredis.benchmarks;

/** The floor of a cold start: a fresh JVM that prints the expected line without any request. */
public final class ColdStartNoop {
  private ColdStartNoop() {}

  public static void main(String[] args) {
    System.out.println(System.getenv("BENCH_EXPECTED"));
    System.out.flush();
  }
}
