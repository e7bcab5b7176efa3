package com.riskworkbench.app.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the details of a failure of the program itself go (errors.log in the per-user data folder),
 * so that the user reads one sentence and support can still read the stack trace.
 */
public final class ErrorLog {
  private ErrorLog() {}

  /** Appends {@code e} with its stack trace; returns the log's path (or "standard error"). */
  public static String record(Throwable e) {
    Path file = AppDirs.dataFolder().resolve("errors.log");
    StringWriter text = new StringWriter();
    text.append(Instant.now().toString()).append(' ');
    e.printStackTrace(new PrintWriter(text));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          text.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return file.toString();
    } catch (IOException | RuntimeException notWritten) {
      System.err.print(text);
      return "the output above";
    }
  }
}
