package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in async and batch interfaces are what {@link SurfaceGenerator} makes of the
 * synchronous ones today; with {@code -Drestredis.regenerate=true} it rewrites them instead.
 */
class GeneratedSurfacesTest {
  private static final String REGENERATE =
      "java core/src/test/java/io/github/restredis/SurfaceGenerator.java (from the repository root)";
  private static final Path SOURCES = Path.of("src/main/java/io/github/restredis");

  @Test
  void generatedInterfacesAreCurrent() throws Exception {
    Map<String, String> generated = SurfaceGenerator.generate(SOURCES);
    boolean regenerate = Boolean.getBoolean("restredis.regenerate");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = SOURCES.resolve(file.getKey());
      if (regenerate) {
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      assertThat(path).as("%s is missing; run " + REGENERATE, path).exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as("%s is stale; run " + REGENERATE, path)
          .isEqualTo(file.getValue());
    }
  }
}
