package io.github.restredis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code FUNCTION STATS} reports: the function running now, if any, and the libraries and
 * functions each engine holds.
 *
 * @param running the function running at the time, or null
 * @param engines per engine name (such as {@code LUA}), its counts
 */
public record FunctionStats(@Nullable Running running, Map<String, Engine> engines) {
  /**
   * Copies the map of engines.
   *
   * @param running the running function, or null
   * @param engines the engines
   */
  public FunctionStats {
    engines = Map.copyOf(engines);
  }

  /**
   * A function that was running when the stats were read.
   *
   * @param name the function's name
   * @param command the command that called it, with its arguments
   * @param duration how long it had been running
   */
  public record Running(String name, List<String> command, Duration duration) {
    /**
     * Copies the command.
     *
     * @param name the function's name
     * @param command the calling command
     * @param duration the time it had run
     */
    public Running {
      command = List.copyOf(command);
    }
  }

  /**
   * The counts of one engine.
   *
   * @param libraries how many libraries it holds
   * @param functions how many functions they register
   */
  public record Engine(long libraries, long functions) {}
}
