package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/** The push-down analyses on a PostgreSQL team database (RW_TEST_PG_URL or an embedded one). */
@Timeout(300)
class PushDownPostgresTest extends PushDownContract {
  static final PgServer server = PgServer.get();

  @Override
  PortfolioLocation importTape(Path tape, String name) throws Exception {
    PortfolioLocation.Postgres db = server.newDatabase("rw_push_" + name);
    PortfolioImport.run(TapeSource.folder(tape), db, name, false, Progress.NONE, Map.of());
    return db;
  }
}
