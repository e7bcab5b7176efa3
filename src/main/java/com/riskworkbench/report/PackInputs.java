package com.riskworkbench.report;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.PersonalData;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a committee pack shows: the analysed scope, where it came from (the file or the
 * database URL without password, the file's SHA-256 or the database's import id, program version,
 * preparer, time), the import's data-quality findings and, for the fraud case list, the borrowers'
 * identities — masked in the pack unless {@code unmasked}.
 */
public record PackInputs(
    AnalysisScope scope,
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
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(portfolioSha256, "portfolioSha256");
    Objects.requireNonNull(dataQuality, "dataQuality");
    Objects.requireNonNull(identities, "identities");
    Objects.requireNonNull(labels, "labels");
  }
}
