package com.riskworkbench.common;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hidden temporary files beside the file they become: {@code .pack.xlsx.4711-3f2a.partial}, named
 * with the id of the process writing them, so that a later run can tell its own kind's leftovers of
 * a killed process (kill -9, power loss) from a write still under way in another process, and
 * remove only the first.
 */
public final class TempFiles {
  private TempFiles() {}

  /** A new temporary name beside {@code target}, ending in {@code suffix}. */
  public static Path sibling(Path target, String suffix) {
    return target.resolveSibling(
        "."
            + target.getFileName()
            + "."
            + ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL)
            + suffix);
  }

  /**
   * Creates a new, empty temporary file beside {@code target}, after removing the ones of a killed
   * process (see {@link #removeStale(Path, String)}).
   */
  public static Path create(Path target, String suffix) throws IOException {
    removeStale(target, suffix);
    return Files.createFile(sibling(target, suffix));
  }

  /**
   * Deletes the temporaries of {@code target} with this {@code suffix} whose process no longer
   * runs; returns how many. Never fails: what cannot be deleted stays for the next run.
   */
  public static int removeStale(Path target, String suffix) {
    return removeStale(
        target.toAbsolutePath().getParent(),
        Pattern.compile(
            "\\."
                + Pattern.quote(target.getFileName().toString())
                + "\\.([0-9]{1,10})-[0-9a-f]{1,8}"
                + Pattern.quote(suffix)
                + ".*"));
  }

  /**
   * Deletes the files in {@code folder} whose names match {@code own}, the first group of which is
   * the id of the process that wrote them, when that process no longer runs; returns how many.
   */
  public static int removeStale(Path folder, Pattern own) {
    if (folder == null || !Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*")) {
      for (Path f : files) {
        Matcher m = own.matcher(f.getFileName().toString());
        if (m.matches() && !running(Long.parseLong(m.group(1)))) {
          try {
            Files.deleteIfExists(f);
            removed++;
          } catch (IOException e) {
            // left for the next run
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // the folder cannot be listed: nothing to clean
    }
    return removed;
  }

  private static boolean running(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent();
  }

  /**
   * Deletes {@code files} when the program is stopped (Ctrl-C, SIGTERM) before {@link
   * Hook#close()}; a write in progress registers its temporaries here.
   */
  public static Hook deleteOnStop(Path... files) {
    Thread t =
        new Thread(
            () -> {
              for (Path f : files) {
                try {
                  Files.deleteIfExists(f);
                } catch (IOException ignored) {
                  // best effort while the program stops
                }
              }
            },
            "temporary-cleanup");
    Runtime.getRuntime().addShutdownHook(t);
    return new Hook(t);
  }

  /** A registered clean-up; closing it unregisters it. */
  public static final class Hook implements AutoCloseable {
    private final Thread thread;

    private Hook(Thread thread) {
      this.thread = thread;
    }

    @Override
    public void close() {
      try {
        Runtime.getRuntime().removeShutdownHook(thread);
      } catch (IllegalStateException alreadyStopping) {
        // the hook runs anyway
      }
    }
  }
}
