package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.store.pushdown.PushDownQueries;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.testing.DuckDbCopy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;

/**
 * The push-down queries rendered for DuckDB and run there, over a copy of each book's tables,
 * against the in-memory engine on the same books: every contract the H2 and PostgreSQL tests run.
 */
class PushDownDuckDbTest extends PushDownContract
    implements RegulatorPushDown,
        ForwardPushDown,
        VintagePushDown,
        CollectionsPushDown,
        FraudPushDown,
        ExposuresPushDown,
        ScorecardPushDown,
        DataQualityPushDown,
        PeriodPushDown,
        WarningsPushDown {
  private final Map<String, Connection> duck = new HashMap<>();
  private final List<Connection> connections = new ArrayList<>();

  @Override
  PortfolioLocation importTape(Path tape, String name) throws Exception {
    Path file = temp.resolve(name + ".mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, name, false, Progress.NONE);
    Connection c = DuckDbCopy.copy(file, temp.resolve(name + ".duckdb"));
    connections.add(c);
    duck.put(name, c);
    return new PortfolioLocation.File(file);
  }

  @Override
  DatabaseEngine engine(String name, PortfolioRepository repo) throws Exception {
    return new DatabaseEngine(
        new PushDownQueries(DSL.using(duck.get(name), SQLDialect.DUCKDB), repo.schemaVersion()),
        repo.info(),
        amount(repo, "net_assets"),
        amount(repo, "tier1_net_capital"));
  }

  private static OptionalLong amount(PortfolioRepository repo, String key) throws Exception {
    return repo.meta(key)
        .map(v -> OptionalLong.of(Money.parseCents(v.trim())))
        .orElse(OptionalLong.empty());
  }

  @AfterAll
  void closeDuck() throws Exception {
    for (Connection c : connections) {
      c.close();
    }
  }
}
