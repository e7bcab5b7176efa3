package com.riskworkbench.portfolio.tape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a loan tape come from: a folder, or resources bundled with the program. */
public interface TapeSource {

  /** Names the source for messages, e.g. the folder's path. */
  String describe();

  /** Opens a file of the tape, or empty when it does not exist. */
  Optional<InputStream> open(String fileName) throws IOException;

  /** The file's size in bytes for progress, or -1 when unknown or absent. */
  long size(String fileName);

  static TapeSource folder(Path folder) {
    return new TapeSource() {
      @Override
      public String describe() {
        return folder.toString();
      }

      @Override
      public Optional<InputStream> open(String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file)
            ? Optional.of(Files.newInputStream(file))
            : Optional.empty();
      }

      @Override
      public long size(String fileName) {
        try {
          return Files.size(folder.resolve(fileName));
        } catch (IOException e) {
          return -1;
        }
      }
    };
  }

  /** A tape stored as class-path resources below {@code prefix}, e.g. {@code sample-data}. */
  static TapeSource classpath(String prefix) {
    return new TapeSource() {
      @Override
      public String describe() {
        return "the bundled " + prefix;
      }

      @Override
      public Optional<InputStream> open(String fileName) {
        return Optional.ofNullable(
            TapeSource.class.getClassLoader().getResourceAsStream(prefix + "/" + fileName));
      }

      @Override
      public long size(String fileName) {
        return -1;
      }
    };
  }
}
