package io.github.restredis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the async and batch command interfaces from the synchronous ones, so that each command is
 * written once. Lettuce generates its API variants the same way. The synchronous interface is the
 * source: every {@code default} method whose body is {@code return run(...)} (or {@code run(...)}
 * for void) gets a twin returning {@code CompletableFuture} (async) and {@code Response} (batch)
 * with the same body, which there dispatches to the other surface. Methods returning an {@code
 * Iterator} or {@code Stream} loop over pages on the caller's thread and stay synchronous.
 *
 * <p>Run {@code java core/src/test/java/io/github/restredis/SurfaceGenerator.java} from the
 * repository root after changing a {@code *Commands} interface.
 */
final class SurfaceGenerator {
  static final List<String> GROUPS = List.of("String", "Key", "Expiry", "Hash", "List", "Set", "SortedSet",
      "Server", "Script", "Scan", "Bitmap",
      "Stream", "StreamGroup",
      "SortedSetRange", "SortedSetAlgebra",
      "HyperLogLog", "Function",
      "HashFieldExpiry",
      "Geo",
      "PubSub",
      "Json", "JsonCollection");

  private static final Pattern IMPORT = Pattern.compile("^import [\\w.]+;$");
  private static final Set<String> SYNC_ONLY_RETURNS = Set.of("Iterator", "Stream");
  private static final Map<String, String> BOXES = Map.of("void", "@Nullable Void", "long", "Long",
      "int", "Integer", "boolean", "Boolean", "double", "Double");

  enum Surface {
    ASYNC("Async", "RedisAsync", "CompletableFuture", "java.util.concurrent.CompletableFuture"),
    BATCH("Batch", "Batch", "Response", null);

    final String prefix;
    final String owner;
    final String wrapper;
    final String wrapperImport;

    Surface(String prefix, String owner, String wrapper, String wrapperImport) {
      this.prefix = prefix;
      this.owner = owner;
      this.wrapper = wrapper;
      this.wrapperImport = wrapperImport;
    }
  }

  record Method(List<String> javadoc, String typeParams, String returnType, String name,
      String params, List<String> body) {}

  private SurfaceGenerator() {}

  /**
   * Rewrites the generated files without Maven, which cannot compile the module while they are
   * stale: {@code java core/src/test/java/io/github/restredis/SurfaceGenerator.java} from the
   * repository root (the JDK runs a single source file directly).
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "core/src/main/java/io/github/restredis");
    for (Map.Entry<String, String> file : generate(dir).entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + generate(dir).size() + " files in " + dir);
  }

  /** {@return generated file name to contents, for every group and surface} */
  static Map<String, String> generate(Path sourceDir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String group : GROUPS) {
      String syncName = group + "Commands";
      List<String> lines = Files.readAllLines(sourceDir.resolve(syncName + ".java"), StandardCharsets.UTF_8);
      for (Surface surface : Surface.values()) {
        out.put(surface.prefix + syncName + ".java", render(syncName, lines, surface));
      }
    }
    return out;
  }

  static String render(String syncName, List<String> lines, Surface surface) {
    Set<String> imports = new LinkedHashSet<>();
    for (String line : lines) {
      if (IMPORT.matcher(line).matches()) {
        imports.add(line.substring(7, line.length() - 1));
      }
    }
    if (surface.wrapperImport != null) {
      imports.add(surface.wrapperImport);
    }
    imports.add("org.jspecify.annotations.Nullable");
    String name = surface.prefix + syncName;
    StringBuilder b = new StringBuilder();
    b.append("// Generated from ").append(syncName).append(".java by SurfaceGenerator (core tests): do not edit.\n")
        .append("// Change ").append(syncName).append(", then run\n")
        .append("// java core/src/test/java/io/github/restredis/SurfaceGenerator.java\n")
        .append("package io.github.restredis;\n\n");
    imports.stream().sorted().forEach(i -> b.append("import ").append(i).append(";\n"));
    b.append("\n/**\n");
    if (surface == Surface.ASYNC) {
      b.append(" * The commands of {@link ").append(syncName).append("} for {@link RedisAsync}: each returns a\n")
          .append(" * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the\n")
          .append(" * exception it would throw.\n");
    } else {
      b.append(" * The commands of {@link ").append(syncName).append("} for a {@link Pipeline} or {@link\n")
          .append(" * Transaction}: each queues its command and returns a {@link Response} that holds, after\n")
          .append(" * {@link Batch#exec()}, the reply the synchronous method returns.\n");
    }
    b.append(" */\n")
        .append("public sealed interface ").append(name).append(" permits ").append(surface.owner).append(" {\n")
        .append("  private <T> ").append(surface.wrapper).append("<T> run(Command<T> command) {\n")
        .append("    return ((").append(surface.owner).append(") this)")
        .append(surface == Surface.ASYNC ? ".execute(command);\n" : ".queue(command);\n")
        .append("  }\n");
    for (Method m : methods(syncName, lines)) {
      if (SYNC_ONLY_RETURNS.contains(m.returnType.replaceAll("<.*", ""))) {
        continue;
      }
      b.append('\n');
      for (String line : javadoc(m, surface)) {
        b.append(line).append('\n');
      }
      b.append("  default ").append(m.typeParams).append(surface.wrapper).append('<')
          .append(boxed(m.returnType)).append("> ").append(m.name).append('(').append(m.params)
          .append(") {\n");
      List<String> body = m.body;
      if (m.returnType.equals("void")) {
        body = new ArrayList<>(body);
        body.set(0, body.get(0).replaceFirst("^(\\s*)run\\(", "$1return run("));
      }
      for (String line : body) {
        b.append(line).append('\n');
      }
      b.append("  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private static String boxed(String type) {
    String boxed = BOXES.get(type);
    if (boxed != null) {
      return boxed;
    }
    // "@Nullable String" and "byte @Nullable []" are valid type arguments as they are.
    return type;
  }

  private static List<String> javadoc(Method m, Surface surface) {
    List<String> out = new ArrayList<>();
    boolean hasReturn = false;
    String lead = surface == Surface.ASYNC ? "a future of " : "a response that holds, after exec, ";
    for (String line : m.javadoc) {
      Matcher r = Pattern.compile("^(\\s*\\* @return )(.*)$").matcher(line);
      if (r.matches()) {
        hasReturn = true;
        out.add(r.group(1) + lead + r.group(2));
      } else if (line.trim().equals("*/") && !hasReturn) {
        out.add("   * @return " + (surface == Surface.ASYNC
            ? "a future completed when Redis has run the command"
            : "a response completed by exec, holding null"));
        out.add(line);
      } else {
        out.add(line);
      }
    }
    if (m.javadoc.size() == 1) {
      // A one-line comment: "/** Summary. */" becomes a block with an @return.
      String summary = m.javadoc.get(0).trim().replaceAll("^/\\*\\*\\s*", "").replaceAll("\\s*\\*/$", "");
      return List.of("  /**", "   * " + summary, "   *", "   * @return " + (surface == Surface.ASYNC
          ? "a future completed when Redis has run the command"
          : "a response completed by exec, holding null"), "   */");
    }
    return out;
  }

  /** Parses the default methods of a synchronous group interface, in source order. */
  static List<Method> methods(String syncName, List<String> lines) {
    List<Method> methods = new ArrayList<>();
    List<String> javadoc = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("  /**")) {
        javadoc = new ArrayList<>();
        while (true) {
          javadoc.add(lines.get(i));
          if (lines.get(i).trim().endsWith("*/")) {
            break;
          }
          i++;
        }
        continue;
      }
      if (!line.startsWith("  default ")) {
        continue;
      }
      StringBuilder sig = new StringBuilder(line.trim());
      while (!sig.toString().endsWith("{")) {
        sig.append(' ').append(lines.get(++i).trim());
      }
      List<String> body = new ArrayList<>();
      while (!lines.get(++i).equals("  }")) {
        body.add(lines.get(i));
      }
      String s = sig.substring("default ".length(), sig.length() - 1).trim();
      String typeParams = "";
      if (s.startsWith("<")) {
        int close = matchingAngle(s);
        typeParams = s.substring(0, close + 1) + " ";
        s = s.substring(close + 1).trim();
      }
      int paren = s.indexOf('(');
      int nameStart = s.lastIndexOf(' ', paren) + 1;
      String name = s.substring(nameStart, paren);
      String returnType = s.substring(0, nameStart).trim();
      String params = s.substring(paren + 1, s.lastIndexOf(')'));
      if (javadoc.isEmpty()) {
        throw new IllegalStateException(syncName + "." + name + " has no Javadoc");
      }
      String joined = String.join(" ", body).trim();
      boolean generated = !SYNC_ONLY_RETURNS.contains(returnType.replaceAll("<.*", ""));
      if (generated && !(joined.startsWith("return run(") || joined.startsWith("run(")
          || joined.matches("return .*\\? run\\(.*: run\\(.*"))) {
        throw new IllegalStateException(syncName + "." + name
            + ": the body must be one 'return run(...)' statement to be generated; was: " + joined);
      }
      methods.add(new Method(javadoc, typeParams, returnType, name, params, body));
      javadoc = new ArrayList<>();
    }
    return methods;
  }

  private static int matchingAngle(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '<') {
        depth++;
      } else if (s.charAt(i) == '>' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced type parameters: " + s);
  }
}
