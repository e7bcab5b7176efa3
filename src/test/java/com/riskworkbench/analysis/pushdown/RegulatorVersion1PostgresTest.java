package com.riskworkbench.analysis.pushdown;

import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameExtras;
import static com.riskworkbench.analysis.pushdown.PushDownContract.assertSameTable;
import static com.riskworkbench.analysis.pushdown.PushDownContract.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisResult;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regulator's views on a version-1 team database (no booked-category, co-lending or group
 * columns): the hand-worked book of {@link RegulatorHandWorkedTest} with those columns dropped, so
 * that both engines classify every row by the rule alone (L2 and L5 lose their booked categories),
 * and the classification checks are not available.
 */
@Timeout(300)
class RegulatorVersion1PostgresTest {
  @Test
  void aVersion1DatabaseGivesTheInMemoryRegulatorViews(@TempDir Path folder) throws Exception {
    PgServer server = PgServer.get();
    PortfolioLocation.Postgres db = server.newDatabase("rw_push_reg_v1");
    PortfolioImport.run(
        TapeSource.folder(RegulatorHandWorkedTest.tape(folder.resolve("tape"))),
        db,
        "v1",
        false,
        Progress.NONE,
        Map.of());
    server.makeVersion1(db);
    try (PortfolioRepository repo = PortfolioRepository.open(db, Map.of())) {
      LoadedPortfolio book = repo.load(Progress.NONE, Optional.empty());
      DatabaseEngine engine = DatabaseEngine.of(repo);
      for (String filters : new String[] {"", "funding_partner=(own)", "group=G-Hangzhou"}) {
        SegmentFilter filter = filter(filters);
        AnalysisScope scope = AnalysisScope.of(book, Optional.empty(), filter);
        for (Analyses.Kind kind :
            new Analyses.Kind[] {
              Analyses.Kind.MIGRATION, Analyses.Kind.NPL_WALK, Analyses.Kind.CLASSIFICATION
            }) {
          for (Optional<YearMonth> from :
              java.util.List.of(
                  Optional.of(YearMonth.of(2025, 1)), Optional.of(YearMonth.of(2025, 2)))) {
            Analyses.Params p = Analyses.Params.defaults().withFrom(from);
            AnalysisResult memory = Analyses.run(kind, scope, p);
            AnalysisResult database = engine.run(kind, Optional.empty(), filter, p);
            String where = kind + " " + filters + " from " + from;
            assertSameTable(database.rows(), memory.rows(), where);
            assertSameExtras(database.extras(), memory.extras(), where);
            if (database instanceof ClassificationChecks.Result checks) {
              assertThat(checks.available()).as(where).isFalse();
            }
          }
        }
      }
    }
  }
}
