package io.github.restredis.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/** The values of the telemetry headers: this SDK, the Java runtime and the platform. */
public final class Telemetry {
  static final String SDK_HEADER = "Upstash-Telemetry-Sdk";
  static final String RUNTIME_HEADER = "Upstash-Telemetry-Runtime";
  static final String PLATFORM_HEADER = "Upstash-Telemetry-Platform";
  static final String RETRY_HEADER = "Upstash-Telemetry-Retry";

  private Telemetry() {}

  /** {@return this SDK as {@code restredis-java@<version>}} */
  public static String sdk() {
    return "restredis-java@" + version();
  }

  /** {@return the Java runtime as {@code java@<version>}} */
  static String runtime() {
    return "java@" + System.getProperty("java.version", "unknown");
  }

  /** {@return the platform the environment variables point to, or {@code unknown}} */
  public static String platform(Map<String, String> env) {
    if (env.containsKey("AWS_LAMBDA_FUNCTION_NAME")) {
      return "aws-lambda";
    }
    if (env.containsKey("VERCEL")) {
      return "vercel";
    }
    // Cloud Functions (2nd gen) run on Cloud Run and set K_SERVICE too; FUNCTION_TARGET tells them apart.
    if (env.containsKey("FUNCTION_TARGET") || env.containsKey("FUNCTION_NAME")) {
      return "google-cloud-functions";
    }
    if (env.containsKey("K_SERVICE")) {
      return "google-cloud-run";
    }
    return "unknown";
  }

  /** {@return the version of this jar, from a resource filtered at build time} */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = Telemetry.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }
}
