package io.github.restredis;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A library of functions as {@code FUNCTION LIST} reports it.
 *
 * @param name the library's name, from its {@code #!lua name=…} line
 * @param engine the engine, {@code LUA}
 * @param functions the functions it registers
 * @param code its source, or null unless listed with {@link FunctionListArgs#withCode()}
 */
public record FunctionLibrary(String name, String engine, List<Function> functions, @Nullable String code) {
  /**
   * Copies the list of functions.
   *
   * @param name the library's name
   * @param engine the engine
   * @param functions the functions
   * @param code the source, or null
   */
  public FunctionLibrary {
    functions = List.copyOf(functions);
  }

  /**
   * One function of a library.
   *
   * @param name the name {@code FCALL} takes
   * @param description its description, or null if it was registered without one
   * @param flags its flags, such as {@code no-writes}
   */
  public record Function(String name, @Nullable String description, Set<String> flags) {
    /**
     * Copies the set of flags.
     *
     * @param name the name
     * @param description the description, or null
     * @param flags the flags
     */
    public Function {
      flags = Set.copyOf(flags);
    }
  }
}
