package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.analysis.SingleBorrowerLimits;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The push-down analyses on a PostgreSQL team database (RW_TEST_PG_URL or an embedded one). */
@Timeout(300)
class PushDownPostgresTest extends PushDownContract
    implements RegulatorPushDown,
        LoanPagesPushDown,
        ForwardPushDown,
        VintagePushDown,
        CollectionsPushDown,
        FraudPushDown,
        ExposuresPushDown,
        ScorecardPushDown,
        DataQualityPushDown,
        PeriodPushDown,
        WarningsPushDown {
  static final PgServer server = PgServer.get();

  /**
   * A version-1 team database (no co-lending, group or booked-category columns) runs in the
   * database too: every loan in "(own)" and "(none)", the rule's categories only; the tape with the
   * optional inputs, its columns dropped as the previous program's tables lack them. Lorenz (by
   * partner and group: one unit "(own)", no group unit), groups (none), co-lending (no partner
   * recorded) and the scorecard as well.
   */
  @Test
  void aVersion1DatabaseGivesTheInMemoryFigures(@TempDir Path folder) throws Exception {
    PortfolioLocation.Postgres db = server.newDatabase("rw_push_v1");
    Path tape = Tapes.write(folder.resolve("tape"), Tapes.withOptionalInputs());
    PortfolioImport.run(TapeSource.folder(tape), db, "v1", false, Progress.NONE, Map.of());
    server.makeVersion1(db);
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      LoadedPortfolio book = repo.load(Progress.NONE, Optional.empty());
      DatabaseEngine engine = DatabaseEngine.of(repo);
      for (String filters : new String[] {"", "funding_partner=(own)", "group=Bank P"}) {
        SegmentFilter filter = filter(filters);
        AnalysisScope scope = AnalysisScope.of(book, Optional.empty(), filter);
        for (Dimension d : new Dimension[] {Dimension.FUNDING_PARTNER, Dimension.GROUP}) {
          assertSameConcentration(
              engine.concentration(
                  Optional.empty(),
                  filter,
                  d,
                  FiveCategoryRule.REGULATORY_2023,
                  SingleBorrowerLimits.DEFAULT),
              ConcentrationAnalysis.run(
                  scope, d, FiveCategoryRule.REGULATORY_2023, SingleBorrowerLimits.DEFAULT),
              filters + " by " + d);
        }
        assertSameExtras(
            engine
                .summary(
                    Optional.empty(),
                    filter,
                    DelinquencyBuckets.DEFAULT,
                    FiveCategoryRule.REGULATORY_2023)
                .extras(),
            SummaryAnalysis.run(scope, DelinquencyBuckets.DEFAULT, FiveCategoryRule.REGULATORY_2023)
                .extras(),
            filters);
        for (Analyses.Kind kind :
            List.of(
                Analyses.Kind.LORENZ,
                Analyses.Kind.GROUPS,
                Analyses.Kind.CO_LENDING,
                Analyses.Kind.SCORECARD)) {
          for (Dimension d :
              new Dimension[] {Dimension.BORROWER, Dimension.FUNDING_PARTNER, Dimension.GROUP}) {
            Analyses.Params p = Analyses.Params.defaults().withDimension(d);
            AnalysisResult database = engine.run(kind, Optional.empty(), filter, p);
            AnalysisResult memory = Analyses.run(kind, scope, p);
            String where = filters + " " + kind + " by " + d;
            assertSameTable(database.rows(), memory.rows(), where);
            assertSameExtras(database.extras(), memory.extras(), where);
          }
        }
      }
    }
  }

  /**
   * The forward-looking analyses on a version-1 team database: no booked category (the rule's), no
   * booked provision (held not available), every loan "(own)" and "(none)".
   */
  @Test
  void aVersion1DatabaseGivesTheInMemoryForwardLookingFigures(@TempDir Path folder)
      throws Exception {
    PortfolioLocation.Postgres db = server.newDatabase("rw_push_fwd_v1");
    Path tape = Tapes.write(folder.resolve("tape"), Tapes.withOptionalInputs());
    PortfolioImport.run(TapeSource.folder(tape), db, "v1", false, Progress.NONE, Map.of());
    server.makeVersion1(db);
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      LoadedPortfolio book = repo.load(Progress.NONE, Optional.empty());
      DatabaseEngine engine = DatabaseEngine.of(repo);
      for (String filters : new String[] {"", "funding_partner=(own)", "group=Bank P"}) {
        SegmentFilter filter = filter(filters);
        AnalysisScope scope = AnalysisScope.of(book, Optional.empty(), filter);
        for (Dimension d : new Dimension[] {Dimension.FUNDING_PARTNER, Dimension.GROUP}) {
          Analyses.Params p = Analyses.Params.defaults().withDimension(d);
          for (Analyses.Kind kind :
              new Analyses.Kind[] {
                Analyses.Kind.PD,
                Analyses.Kind.ECL,
                Analyses.Kind.PROVISIONS,
                Analyses.Kind.FORECAST
              }) {
            AnalysisResult memory = Analyses.run(kind, scope, p);
            AnalysisResult database = engine.run(kind, Optional.empty(), filter, p);
            assertSameTable(database.rows(), memory.rows(), kind + " " + filters + " by " + d);
            assertSameExtras(database.extras(), memory.extras(), kind + " " + filters + " by " + d);
          }
        }
      }
    }
  }

  @Override
  PortfolioLocation importTape(Path tape, String name) throws Exception {
    PortfolioLocation.Postgres db = server.newDatabase("rw_push_" + name);
    PortfolioImport.run(TapeSource.folder(tape), db, name, false, Progress.NONE, Map.of());
    return db;
  }
}
