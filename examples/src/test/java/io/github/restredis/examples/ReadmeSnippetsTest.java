package io.github.restredis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block in the repository's Markdown files compiles against the published
 * modules, as written: a README whose first example does not compile loses its reader.
 *
 * <p>A block is tried, in this order, as
 * <ol>
 *   <li>a compilation unit, when it starts with {@code package}, {@code import} or a type
 *       declaration (with {@link #IMPORTS} added unless it has imports of its own);
 *   <li>statements in the body of a method {@code throws Exception} of a class extending
 *       {@link ReadmeSnippetContext}, whose fields are the variables the docs assume
 *       ({@code redis}, {@code limiter}, {@code renders}, ...);
 *   <li>members of such a class (a snippet that declares a method).
 * </ol>
 * The first that compiles wins; when none does, the attempt with the fewest errors is reported,
 * with the Markdown file, the line and the compiler's message. Each block gets a package of its
 * own, so all blocks compile together, in a few compiler runs.
 *
 * <p>A block that cannot compile by nature is marked on the line before its fence with
 * {@code <!-- snippet: not compiled, <reason> -->}; such a block must still fail to compile, so
 * that the marker goes when the block is fixed. An elision ({@code ...}) in otherwise valid code
 * is written inside a block comment.
 */
class ReadmeSnippetsTest {
  /** The imports every snippet gets, as if the reader had let the IDE add them. */
  static final List<String> IMPORTS = List.of(
      "io.github.restredis.*",
      "io.github.restredis.cache.*",
      "io.github.restredis.ratelimit.*",
      "io.github.restredis.queue.*",
      "io.github.restredis.local.*",
      "io.github.restredis.micrometer.*",
      "io.micrometer.core.instrument.*",
      "java.time.*",
      "java.util.*",
      "java.util.concurrent.*",
      "java.util.function.*",
      "org.junit.jupiter.api.*",
      "org.junit.jupiter.api.extension.*",
      "com.amazonaws.services.lambda.runtime.*",
      "org.slf4j.Logger",
      "org.slf4j.LoggerFactory",
      // Names two of the packages above both have: the ones the docs mean.
      "io.github.restredis.queue.Queue",
      "io.micrometer.core.instrument.Tags",
      "java.time.Clock");

  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*).*$");
  private static final Pattern NOT_COMPILED =
      Pattern.compile("^\\s*<!--\\s*snippet:\\s*not compiled\\s*,\\s*(\\S.*?)\\s*-->\\s*$");
  private static final Pattern UNIT_START = Pattern.compile(
      "\\A(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/|@\\w+(?:\\([^)]*\\))?)*"
          + "(?:package\\s|import\\s|(?:(?:public|protected|private|abstract|final|static|sealed|"
          + "non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s)",
      Pattern.DOTALL);

  @Test
  void everyJavaBlockInTheDocsCompiles() throws IOException {
    long start = System.nanoTime();
    Path root = repositoryRoot();
    List<Block> blocks = new ArrayList<>();
    for (Path md : markdownFiles(root)) {
      blocks.addAll(javaBlocks(root, md, blocks.size()));
    }
    // Guards against a walk that silently finds nothing (a wrong root, a changed fence syntax).
    assertThat(blocks).as("java blocks in README.md").anyMatch(b -> b.file().equals("README.md"));

    Map<Block, Attempt> outcome = compileAll(blocks);
    List<String> problems = problems(blocks, outcome);

    long skipped = blocks.stream().filter(b -> b.skipReason() != null).count();
    Map<Wrapping, Long> compiled = outcome.values().stream()
        .filter(a -> a.errors().isEmpty())
        .collect(Collectors.groupingBy(Attempt::wrapping, () -> new EnumMap<>(Wrapping.class), Collectors.counting()));
    System.out.printf(Locale.ROOT, "%d java blocks in the docs: compiled %s; %d marked not compiled; %d failing; %d ms%n",
        blocks.size(), compiled, skipped, problems.size(), (System.nanoTime() - start) / 1_000_000);
    assertThat(problems)
        .withFailMessage("%d of %d java blocks in the docs do not compile as written:%n%n%s",
            problems.size(), blocks.size(), String.join("\n\n", problems))
        .isEmpty();
  }

  @Test
  void findsJavaBlocksWithTheirLinesAndMarkers(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("DOC.md");
    Files.writeString(md, """
        # Doc
        ```java
        int a = 1;
        ```
        <!-- snippet: not compiled, pseudo-code -->

        ```Java
        take the lock
        ```
        ````markdown
        ```java
        shown as Markdown, not a block of its own
        ```
        ````
        - a list item:

          ```java
          if (true) {
            int b = 2;
          }
          ```
        ```text
        ```java
        ```
        """);

    assertThat(javaBlocks(dir, md, 7))
        .extracting(Block::index, Block::file, Block::fenceLine, Block::code, Block::skipReason)
        .containsExactly(
            tuple(7, "DOC.md", 2, "int a = 1;\n", null),
            tuple(8, "DOC.md", 7, "take the lock\n", "pseudo-code"),
            tuple(9, "DOC.md", 17, "if (true) {\n  int b = 2;\n}\n", null));
  }

  @Test
  void reportsEveryFailureAtItsMarkdownLine() throws IOException {
    List<Block> blocks = List.of(
        new Block(0, "A.md", 10, "String s = redis.get(\"k\");\nlong n = redis.nosuchcommand(\"k\");\n", null),
        new Block(1, "A.md", 20, "void helper() {\n  redis.set(\"k\", \"v\");\n}\n", null),
        new Block(2, "A.md", 30, "@Disabled\nclass Foo {\n  int x = \"s\";\n}\n", null),
        // A syntax error stops javac before it checks types anywhere: the others must still be checked.
        new Block(3, "B.md", 40, "take the lock, then ...\n", "pseudo-code"),
        new Block(4, "B.md", 50, "int ok = 1;\n", "a wrong marker"),
        new Block(5, "B.md", 60, "record Point(int x, int y) {}\nPoint p = new Point(1, 2);\n", null));

    Map<Block, Attempt> outcome = compileAll(blocks);

    assertThat(blocks).extracting(b -> outcome.get(b).wrapping()).containsExactly(
        Wrapping.STATEMENTS, Wrapping.MEMBERS, Wrapping.UNIT, outcome.get(blocks.get(3)).wrapping(),
        Wrapping.STATEMENTS, Wrapping.STATEMENTS);
    assertThat(outcome.get(blocks.get(3)).errors()).isNotEmpty();
    List<String> problems = problems(blocks, outcome);
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("block at A.md:10, compiled as statements in a method body:\n"
        + "A.md:12: cannot find symbol").contains("method nosuchcommand(java.lang.String)");
    assertThat(problems.get(1)).startsWith("block at A.md:30, compiled as a compilation unit:\n"
        + "A.md:33: incompatible types: java.lang.String cannot be converted to int");
    assertThat(problems.get(2)).isEqualTo("B.md:50: marked \"not compiled, a wrong marker\" but compiles"
        + " as statements in a method body; remove the marker");
  }

  /** One message per failing block, and one per block marked not compiled that compiles. */
  static List<String> problems(List<Block> blocks, Map<Block, Attempt> outcome) {
    List<String> problems = new ArrayList<>();
    for (Block block : blocks) {
      Attempt attempt = outcome.get(block);
      if (block.skipReason() != null) {
        if (attempt.errors().isEmpty()) {
          problems.add(block.location(block.fenceLine()) + ": marked \"not compiled, "
              + block.skipReason() + "\" but compiles " + attempt.wrapping().description
              + "; remove the marker");
        }
      } else if (!attempt.errors().isEmpty()) {
        problems.add(attempt.errors().stream()
            .map(e -> block.location(e.line()) + ": " + e.message())
            .collect(Collectors.joining("\n",
                "block at " + block.location(block.fenceLine()) + ", compiled "
                    + attempt.wrapping().description + ":\n", "")));
      }
    }
    return problems;
  }

  // ---- finding the blocks ----

  /** A fenced java block: its Markdown file (relative to the root) and the fence's line, 1-based. */
  record Block(int index, String file, int fenceLine, String code, String skipReason) {
    String location(int line) {
      return file + ":" + line;
    }
  }

  /** The directory holding the parent pom, from the module directory or the root itself. */
  static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("examples/pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root (a pom.xml next to examples/) above " + dir);
  }

  static List<Path> markdownFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skip = !dir.equals(root)
            && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().endsWith(".md")) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(Comparator.comparing(p -> root.relativize(p).toString()));
    return files;
  }

  /** The java blocks of one Markdown file, numbered from {@code firstIndex}. */
  static List<Block> javaBlocks(Path root, Path md, int firstIndex) throws IOException {
    String file = root.relativize(md).toString().replace('\\', '/');
    List<String> lines = Files.readAllLines(md);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String indent = open.group(1);
      String fence = open.group(2);
      int end = i + 1;
      while (end < lines.size() && !isClosing(lines.get(end), fence)) {
        end++;
      }
      if (open.group(3).equalsIgnoreCase("java")) {
        StringBuilder code = new StringBuilder();
        for (String line : lines.subList(i + 1, end)) {
          code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
        }
        String skipReason = null;
        int before = i - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
          before--;
        }
        if (before >= 0) {
          Matcher marker = NOT_COMPILED.matcher(lines.get(before));
          if (marker.matches()) {
            skipReason = marker.group(1);
          }
        }
        blocks.add(new Block(firstIndex + blocks.size(), file, i + 1, code.toString(), skipReason));
      }
      i = end;
    }
    return blocks;
  }

  private static boolean isClosing(String line, String fence) {
    String s = line.strip();
    return s.length() >= fence.length() && s.chars().allMatch(c -> c == fence.charAt(0));
  }

  // ---- compiling them ----

  /** How a block is wrapped into a compilation unit. */
  enum Wrapping {
    UNIT("as a compilation unit"),
    STATEMENTS("as statements in a method body"),
    MEMBERS("as members of a class");

    final String description;

    Wrapping(String description) {
      this.description = description;
    }
  }

  record Error(int line, String message) {}

  record Attempt(Wrapping wrapping, List<Error> errors) {}

  /** One block, wrapped one way, as javac sees it. */
  static final class Source extends SimpleJavaFileObject {
    final Block block;
    final Wrapping wrapping;
    final String text;
    /** The generated line holding the block's first line. */
    final int firstCodeLine;

    Source(Block block, Wrapping wrapping, String typeName, String text, int firstCodeLine) {
      super(URI.create("string:///snippets/b" + block.index() + "/" + typeName + ".java"), Kind.SOURCE);
      this.block = block;
      this.wrapping = wrapping;
      this.text = text;
      this.firstCodeLine = firstCodeLine;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }

    /** The Markdown line of a generated line; the fence's line for the wrapper's own lines. */
    int markdownLine(long generatedLine) {
      long offset = generatedLine - firstCodeLine;
      long codeLines = block.code().lines().count();
      return offset < 0 || offset >= codeLines ? block.fenceLine() : block.fenceLine() + 1 + (int) offset;
    }
  }

  static List<Wrapping> wrappings(Block block) {
    return UNIT_START.matcher(block.code()).lookingAt()
        ? List.of(Wrapping.UNIT, Wrapping.STATEMENTS, Wrapping.MEMBERS)
        : List.of(Wrapping.STATEMENTS, Wrapping.MEMBERS);
  }

  static Source wrap(Block block, Wrapping wrapping) {
    String pkg = "snippets.b" + block.index();
    String code = block.code();
    StringBuilder header = new StringBuilder();
    boolean ownHeader = Pattern.compile("(?m)^\\s*(package|import)\\s").matcher(code).find();
    if (wrapping == Wrapping.UNIT && ownHeader) {
      // The block is a file of its own; it only loses its package, so that blocks do not collide.
      String text = code.replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
      return new Source(block, wrapping, publicTypeName(code), "package " + pkg + ";" + text, 1);
    }
    header.append("package ").append(pkg).append(";\n");
    for (String name : IMPORTS) {
      header.append("import ").append(name).append(";\n");
    }
    String typeName;
    String prefix;
    String suffix;
    switch (wrapping) {
      case UNIT -> {
        typeName = publicTypeName(code);
        prefix = "";
        suffix = "";
      }
      case STATEMENTS -> {
        typeName = "Snippet";
        prefix = "class Snippet extends " + ReadmeSnippetContext.class.getName() + " {\n"
            + "void snippet() throws Exception {\n";
        suffix = "}\n}\n";
      }
      default -> {
        typeName = "Snippet";
        prefix = "class Snippet extends " + ReadmeSnippetContext.class.getName() + " {\n";
        suffix = "}\n";
      }
    }
    String before = header + prefix;
    int firstCodeLine = (int) before.lines().count() + 1;
    return new Source(block, wrapping, typeName, before + code + suffix, firstCodeLine);
  }

  private static String publicTypeName(String code) {
    Matcher m = Pattern.compile("(?m)^\\s*public\\s+(?:\\w+\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)")
        .matcher(code);
    return m.find() ? m.group(1) : "Snippet";
  }

  /**
   * Compiles every block, trying its wrappings in order. One javac run compiles all sources of a
   * round; since an error in one source can keep javac from reporting others, sources with errors
   * are dropped and the rest compiled again until a run is clean. A block whose wrapping failed
   * moves on to its next one.
   */
  static Map<Block, Attempt> compileAll(List<Block> blocks) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<Block, Attempt> best = new LinkedHashMap<>();
    Map<Block, Integer> next = new LinkedHashMap<>();
    for (Block block : blocks) {
      next.put(block, 0);
    }
    try (StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
        JavaFileManager discarding = new DiscardingFileManager(standard)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-Xlint:none",
          "-implicit:none", "-classpath", classPath());
      List<Block> pending = new ArrayList<>(blocks);
      while (!pending.isEmpty()) {
        List<Source> sources = new ArrayList<>();
        for (Block block : pending) {
          sources.add(wrap(block, wrappings(block).get(next.get(block))));
        }
        Map<Block, List<Error>> failed = new LinkedHashMap<>();
        while (!sources.isEmpty()) {
          DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
          javac.getTask(null, discarding, diagnostics, options, null, sources).call();
          Map<Source, List<Error>> errors = new LinkedHashMap<>();
          for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source s) {
              errors.computeIfAbsent(s, k -> new ArrayList<>())
                  .add(new Error(s.markdownLine(d.getLineNumber()), d.getMessage(Locale.ROOT)));
            }
          }
          if (errors.isEmpty() && hasErrors(diagnostics)) {
            throw new IllegalStateException("javac failed outside the snippets: " + diagnostics.getDiagnostics());
          }
          for (Source s : sources) {
            if (!errors.containsKey(s)) {
              if (errors.isEmpty()) {
                best.put(s.block, new Attempt(s.wrapping, List.of()));
              }
            } else {
              failed.put(s.block, errors.get(s));
            }
          }
          if (errors.isEmpty()) {
            break;
          }
          sources.removeIf(errors::containsKey);
        }
        pending.clear();
        for (Map.Entry<Block, List<Error>> e : failed.entrySet()) {
          Block block = e.getKey();
          int tried = next.get(block);
          Wrapping wrapping = wrappings(block).get(tried);
          Attempt previous = best.get(block);
          if (previous == null || e.getValue().size() < previous.errors().size()) {
            best.put(block, new Attempt(wrapping, e.getValue()));
          }
          if (tried + 1 < wrappings(block).size()) {
            next.put(block, tried + 1);
            pending.add(block);
          }
        }
      }
    }
    return best;
  }

  private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
  }

  /**
   * The test's class path, for javac. Surefire may run the tests from a jar whose manifest lists the
   * real class path; its entries are expanded here rather than trusting javac to read them.
   */
  static String classPath() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(entry);
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        try (JarFile jar = new JarFile(path.toFile())) {
          Manifest manifest = jar.getManifest();
          String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (listed != null) {
            for (String item : listed.trim().split("\\s+")) {
              URI uri = path.toAbsolutePath().getParent().toUri().resolve(item);
              entries.add(Path.of(uri).toString());
            }
          }
        }
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Class files are not needed: only the diagnostics are. */
  static final class DiscardingFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    DiscardingFileManager(JavaFileManager fileManager) {
      super(fileManager);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("discard:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream openInputStream() {
          return InputStream.nullInputStream();
        }
      };
    }
  }
}
