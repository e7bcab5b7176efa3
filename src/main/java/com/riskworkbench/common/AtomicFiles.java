package com.riskworkbench.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Finishing a write: a complete temporary file replaces the target in one step. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Moves {@code temporary} onto {@code target}, atomically where the file system can (it can when
   * both are in one folder, as every caller arranges), replacing an existing target.
   */
  public static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
