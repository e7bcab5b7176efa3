package com.riskworkbench.portfolio.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The versioned schema scripts on the class path, split into statements. */
final class SchemaScripts {
  /**
   * The tables of the schema version every import writes ({@link PortfolioFiles#SCHEMA_VERSION}).
   */
  static final String TABLES = "/db/v" + PortfolioFiles.SCHEMA_VERSION + "/01-tables.sql";

  /** The checks, keys and indexes added after the bulk load. */
  static final String CONSTRAINTS = "/db/v" + PortfolioFiles.SCHEMA_VERSION + "/02-constraints.sql";

  private SchemaScripts() {}

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String resource) {
    String text;
    try (InputStream in = SchemaScripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema script " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return statements;
  }
}
