package io.github.restredis.examples.api;

/** What {@code main} prints once the service listens: ready-to-paste requests. */
final class Usage {
  private Usage() {}

  static void print(String url, ApiSettings settings) {
    System.out.println("Example API listening on " + url + " (rate limit: "
        + settings.describeRateLimit() + " per client address"
        + (settings.trustProxy() ? ", taken from X-Forwarded-For" : "") + ")");
    System.out.println("Try:");
    System.out.println("  curl -i " + url + "/products/1        # 200 ms the first time, from Redis after that");
    System.out.println("  curl -i " + url + "/products/42       # 404, and the absence is cached 10 s");
    System.out.println("  for i in $(seq 12); do curl -s -o /dev/null -w '%{http_code} ' " + url
        + "/products/1; done; echo   # 200s, then 429s");
    System.out.println("  curl -i -X POST -H 'Content-Type: application/json' -d '{\"customer\":\"acme\",\"months\":6}' "
        + url + "/jobs");
    System.out.println("  curl -s " + url + "/jobs/<id from the Location header>   # state, progress, result");
    System.out.println("  curl -i -X POST -d '{\"customer\":\"acme\",\"months\":36}' " + url
        + "/jobs   # fails: only " + ReportJob.MAX_MONTHS + " months kept");
    System.out.println("  curl -i " + url + "/health");
    System.out.println("  curl -s " + url + "/cache/stats");
    System.out.println("  curl -s " + url + "/metrics | grep restredis_");
    System.out.println("Ctrl-C stops it.");
  }
}
