package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;

/** Which schema versions this program reads, and the sentence for one it does not. */
final class SchemaVersions {
  private SchemaVersions() {}

  /**
   * Refuses a portfolio whose {@code portfolio_meta.schema_version} is missing, malformed, older
   * than 1 or newer than {@link PortfolioFiles#SCHEMA_VERSION}.
   *
   * @param subject "The portfolio file /a/b.mv.db" or "The database jdbc:...", for the message
   */
  static void check(Message subject, String version, boolean inDatabase) throws PortfolioException {
    int v;
    try {
      v = Integer.parseInt(String.valueOf(version).trim());
    } catch (NumberFormatException e) {
      if (version == null && !inDatabase) {
        // Every import writes it last: a file without it holds an earlier, unfinished state.
        throw new PortfolioException(Message.of("portfolio.subjectDamaged", subject));
      }
      throw new PortfolioException(
          Message.of(
              "portfolio.badSchemaVersion",
              subject,
              SchemaObjects.printable(String.valueOf(version))));
    }
    if (v > PortfolioFiles.SCHEMA_VERSION) {
      throw new PortfolioException(
          Message.of("portfolio.newer", subject, v, PortfolioFiles.SCHEMA_VERSION));
    }
    if (v < 1) {
      throw new PortfolioException(Message.of("portfolio.unknownVersion", subject, v));
    }
  }
}
