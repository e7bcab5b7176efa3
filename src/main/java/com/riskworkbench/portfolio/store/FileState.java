package com.riskworkbench.portfolio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a file is on disk at one moment: its identity (device and inode where the system has them),
 * size and modification time. Two equal states mean the file was not replaced or written between.
 */
record FileState(Object fileKey, long size, long modifiedNanos) {
  static Optional<FileState> of(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return Optional.of(
          new FileState(
              a.fileKey(),
              a.size(),
              a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
