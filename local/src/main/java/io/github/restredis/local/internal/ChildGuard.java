package io.github.restredis.local.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a child process out of the terminal's signals and stops it when this JVM is gone.
 *
 * <p>A terminal's Ctrl-C sends SIGINT to its whole foreground process group, and a child started
 * by the JVM is in the JVM's group: {@code redis-server} would stop at once, while the
 * application's shutdown hooks may still need it. {@link #ownSession} starts the child through
 * {@code setsid}, which without {@code --fork} calls setsid(2) and execs in place (a child of the
 * JVM is never a process group leader, the one case where it forks): the {@link Process} is the
 * child itself, so {@link Process#destroy()} still reaches it.
 *
 * <p>Out of the JVM's group, nothing would stop the child if the JVM died without running its
 * hooks (SIGKILL, a crash, the OOM killer): Redis has no parent-death watch of its own. {@link
 * #watch} starts a small shell that blocks reading a pipe only the JVM holds; when the JVM ends,
 * however it ends, the kernel closes the pipe and the shell terminates the child (SIGTERM, SIGKILL
 * after 5 s if it is still there). It runs in its own session too, so a signal to the JVM's group
 * does not take it down with the JVM.
 */
final class ChildGuard {
  /** $1 is the child's pid. {@code read} returns at end of input, when the JVM is gone. */
  private static final String WATCH = "read -r line; kill -TERM \"$1\" 2>/dev/null || exit 0; i=0;"
      + " while kill -0 \"$1\" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done;"
      + " kill -KILL \"$1\" 2>/dev/null; exit 0";

  private ChildGuard() {}

  /** {@return {@code command} run in a session of its own where {@code setsid} exists, else as is} */
  static List<String> ownSession(List<String> command) {
    Path setsid = onPath("setsid");
    if (setsid == null) {
      return command; // macOS has none: the child shares the JVM's group, and its Ctrl-C
    }
    List<String> wrapped = new ArrayList<>(command.size() + 1);
    wrapped.add(setsid.toString());
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * {@return a watcher that stops {@code child} once this JVM is gone, or null where there is no
   * POSIX shell; destroy it before stopping the child, so that it never signals a reused pid}
   */
  static @Nullable Process watch(Process child) {
    Path sh = Path.of("/bin/sh");
    if (!Files.isExecutable(sh)) {
      return null;
    }
    List<String> command = ownSession(new ArrayList<>(List.of(
        sh.toString(), "-c", WATCH, "restredis-redis-watch", Long.toString(child.pid()))));
    try {
      // stdin stays a pipe from this JVM, never written to: its end of file is the signal.
      return new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      return null;
    }
  }

  /** {@return the executable {@code name} on the PATH, or null} */
  static @Nullable Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
