package com.riskworkbench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One sentence for a failed write, whatever library failed: the full disk above all. */
public final class WriteFailures {
  /** Free space below which a failed write is taken for a full disk. */
  private static final long NEARLY_FULL = 4L << 20;

  private WriteFailures() {}

  /** Whether {@code e} (or a cause) says the disk is full, or the target's disk is nearly full. */
  public static boolean diskFull(Path target, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("No space left on device")
          || m.contains("not enough space on the disk")
          || m.contains("Disk quota exceeded")) {
        return true;
      }
    }
    try {
      Path folder = target.toAbsolutePath().getParent();
      return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
    } catch (IOException | RuntimeException notKnown) {
      return false;
    }
  }

  /**
   * "The disk holding /a is full; nothing was written to /a/b.xlsx." or "Cannot write /a/b.xlsx:
   * Permission denied." — the innermost cause's first line, never a library's wrapper text.
   */
  public static String describe(Path target, Throwable e) {
    return message(target, e).english();
  }

  /** As {@link #describe}, as a message of the window's bundle. */
  public static Message message(Path target, Throwable e) {
    Path absolute = target.toAbsolutePath();
    if (diskFull(absolute, e)) {
      return Message.of("write.diskFull", absolute.getParent(), absolute);
    }
    return Message.of("write.failed", absolute, innermost(e));
  }

  /** The first line of the innermost cause's message, or its type when it has none. */
  public static String innermost(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    if (m == null || m.isBlank()) {
      return root.getClass().getSimpleName();
    }
    String line = m.strip().lines().findFirst().orElse(m);
    while (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return line;
  }
}
