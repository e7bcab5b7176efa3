package com.riskworkbench.report;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisRunner;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.PersonalData;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a committee pack shows: the analysed scope (and the engine its analyses run in), where
 * it came from (the file or the database URL without password, the file's SHA-256 or the database's
 * import id, program version, preparer, time), the import's data-quality findings and, for the
 * fraud case list, the borrowers' identities — masked in the pack unless {@code unmasked}.
 *
 * <p>Made with {@link #builder()}: eleven parts, several of them strings, are too easy to swap when
 * given by position.
 */
public record PackInputs(
    AnalysisRunner analyses,
    Analyses.Params params,
    String portfolio,
    String portfolioSha256,
    String programVersion,
    String preparer,
    Instant generatedAt,
    DataQualityReport dataQuality,
    Map<String, PersonalData> identities,
    boolean unmasked,
    PackLabels labels) {

  public PackInputs {
    required(analyses, "scope", "the analysed portfolio, as-of month and filter");
    required(params, "params", "the analyses' parameters");
    required(portfolio, "portfolio", "the file or database the pack names on its cover");
    required(portfolioSha256, "portfolioSha256", "the file's SHA-256 or the database's import id");
    required(dataQuality, "dataQuality", "the import's data-quality report");
    required(identities, "identities", "the fraud cases' borrowers, possibly none");
    required(labels, "labels", "the pack's language");
  }

  private static void required(Object value, String part, String what) {
    Objects.requireNonNull(value, () -> "A committee pack needs " + part + " (" + what + ").");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the parts by name. Personal data is masked unless {@link #unmasked(boolean)} says
   * otherwise; {@link #build()} refuses a pack without one of the required parts.
   */
  public static final class Builder {
    private AnalysisRunner analyses;
    private Analyses.Params params;
    private String portfolio;
    private String portfolioSha256;
    private String programVersion;
    private String preparer;
    private Instant generatedAt;
    private DataQualityReport dataQuality;
    private Map<String, PersonalData> identities;
    private boolean unmasked;
    private PackLabels labels;

    private Builder() {}

    /** The analysed scope of a loaded book: the analyses run in memory. */
    public Builder scope(AnalysisScope scope) {
      this.analyses = AnalysisRunner.inMemory(scope);
      return this;
    }

    /** The analysed scope and where its analyses run (in memory or in the database). */
    public Builder analyses(AnalysisRunner analyses) {
      this.analyses = analyses;
      return this;
    }

    public Builder params(Analyses.Params params) {
      this.params = params;
      return this;
    }

    /** The portfolio file's absolute path, or the database URL without its password. */
    public Builder portfolio(String portfolio) {
      this.portfolio = portfolio;
      return this;
    }

    /** The file's SHA-256, or for a database the id of its last import. */
    public Builder portfolioSha256(String portfolioSha256) {
      this.portfolioSha256 = portfolioSha256;
      return this;
    }

    public Builder programVersion(String programVersion) {
      this.programVersion = programVersion;
      return this;
    }

    public Builder preparer(String preparer) {
      this.preparer = preparer;
      return this;
    }

    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = generatedAt;
      return this;
    }

    public Builder dataQuality(DataQualityReport dataQuality) {
      this.dataQuality = dataQuality;
      return this;
    }

    /** Names and ID numbers of the fraud cases' borrowers, by borrower id. */
    public Builder identities(Map<String, PersonalData> identities) {
      this.identities = identities;
      return this;
    }

    public Builder unmasked(boolean unmasked) {
      this.unmasked = unmasked;
      return this;
    }

    public Builder labels(PackLabels labels) {
      this.labels = labels;
      return this;
    }

    /**
     * The inputs.
     *
     * @throws NullPointerException naming the first required part that was not given
     */
    public PackInputs build() {
      return new PackInputs(
          analyses,
          params,
          portfolio,
          portfolioSha256,
          programVersion,
          preparer,
          generatedAt,
          dataQuality,
          identities,
          unmasked,
          labels);
    }
  }
}
