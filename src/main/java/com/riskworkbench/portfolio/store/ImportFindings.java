package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.DATA_QUALITY_FINDING;
import static com.riskworkbench.portfolio.db.Tables.MONTH_SUMMARY;

import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.MonthRows;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The import's findings as a portfolio stores them, for {@link PortfolioRepository#dataQuality}.
 */
final class ImportFindings {
  private ImportFindings() {}

  /**
   * What the import found, by kind, the first {@code limit} findings and each month's rows.
   *
   * @throws IllegalArgumentException for a kind of finding this program does not know
   */
  static DataQualityReport read(DSLContext db, int limit) {
    Map<com.riskworkbench.portfolio.FindingKind, Integer> counts =
        new java.util.EnumMap<>(com.riskworkbench.portfolio.FindingKind.class);
    db.select(DATA_QUALITY_FINDING.KIND, DSL.count())
        .from(DATA_QUALITY_FINDING)
        .groupBy(DATA_QUALITY_FINDING.KIND)
        .forEach(
            r ->
                counts.put(
                    com.riskworkbench.portfolio.FindingKind.valueOf(r.value1()), r.value2()));
    List<com.riskworkbench.portfolio.DataQualityFinding> first =
        db.select(
                DATA_QUALITY_FINDING.KIND,
                DATA_QUALITY_FINDING.LOAN_ID,
                DATA_QUALITY_FINDING.DETAIL)
            .from(DATA_QUALITY_FINDING)
            .orderBy(DATA_QUALITY_FINDING.FINDING_ID)
            .limit(limit)
            .fetch(
                r ->
                    new com.riskworkbench.portfolio.DataQualityFinding(
                        com.riskworkbench.portfolio.FindingKind.valueOf(r.value1()),
                        Optional.ofNullable(r.value2()),
                        r.value3()));
    List<MonthRows> months =
        db.select(MONTH_SUMMARY.MONTH, MONTH_SUMMARY.LOAN_ROWS, MONTH_SUMMARY.ACTIVE_LOANS)
            .from(MONTH_SUMMARY)
            .orderBy(MONTH_SUMMARY.MONTH)
            .fetch(r -> new MonthRows(YearMonth.from(r.value1()), r.value2(), r.value3()));
    return new DataQualityReport(counts, first, months);
  }
}
