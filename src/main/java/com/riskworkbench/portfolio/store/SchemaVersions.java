package com.riskworkbench.portfolio.store;

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
  static void check(String subject, String version, boolean inDatabase) throws PortfolioException {
    int v;
    try {
      v = Integer.parseInt(String.valueOf(version).trim());
    } catch (NumberFormatException e) {
      if (version == null && !inDatabase) {
        // Every import writes it last: a file without it holds an earlier, unfinished state.
        throw new PortfolioException(
            subject + " is damaged or incomplete (was it truncated or copied while in use?).");
      }
      throw new PortfolioException(
          subject
              + " has no valid schema_version in portfolio_meta (found '"
              + SchemaObjects.printable(String.valueOf(version))
              + "').");
    }
    if (v > PortfolioFiles.SCHEMA_VERSION) {
      throw new PortfolioException(
          subject
              + " was written by a newer Risk Workbench (schema version "
              + v
              + "; this program reads up to version "
              + PortfolioFiles.SCHEMA_VERSION
              + "); please update the program.");
    }
    if (v < 1) {
      throw new PortfolioException(subject + " has an unknown schema version " + v + ".");
    }
  }
}
