package com.riskworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.analysis.Engine;
import com.riskworkbench.analysis.SegmentFilter;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.testing.PackCells;
import com.riskworkbench.testing.PgServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee pack of a team database computed inside PostgreSQL holds what the pack computed in
 * memory holds, cell by cell: on a version-2 book and on a version-1 book (no booked category, no
 * provision, no partner or group), at the latest month, at the first month of the data (no month
 * before: no period, no migration, no backtest) and filtered.
 */
class PackEnginesPostgresTest {
  @TempDir Path temp;

  @Test
  void bothEnginesWriteTheSamePackOnVersion2AndVersion1Books() throws Exception {
    PgServer server = PgServer.get();
    PortfolioLocation.Postgres v2 = server.newDatabase("rw_pack_v2");
    PortfolioLocation.Postgres v1 = server.newDatabase("rw_pack_v1");
    for (PortfolioLocation.Postgres db : List.of(v2, v1)) {
      PortfolioImport.run(
          TapeSource.folder(Path.of("sample-data")), db, "sample", false, Progress.NONE, Map.of());
    }
    server.makeVersion1(v1);

    int packs = 0;
    for (PortfolioLocation.Postgres db : List.of(v2, v1)) {
      // the sample's data run from 2024-05: its first month, and the default (latest) month
      for (Optional<YearMonth> asOf :
          List.of(Optional.<YearMonth>empty(), Optional.of(YearMonth.of(2024, 5)))) {
        for (String filter : List.of("", "channel=Own app,Branch")) {
          Path memory = temp.resolve("memory" + packs + ".xlsx");
          Path database = temp.resolve("database" + packs + ".xlsx");
          write(db, memory, asOf, filter, Engine.MEMORY);
          write(db, database, asOf, filter, Engine.DATABASE);

          int compared =
              PackCells.assertSameCells(memory, database, Set.of("Generated at", "Computed"));
          assertThat(compared).as(db.url() + " " + asOf + " " + filter).isGreaterThan(500);
          assertThat(PackCells.cover(database, "Computed")).startsWith("where the data are stored");
          packs++;
        }
      }
    }
    assertThat(packs).isEqualTo(8);
  }

  private static void write(
      PortfolioLocation.Postgres db,
      Path out,
      Optional<YearMonth> asOf,
      String filter,
      Engine engine)
      throws Exception {
    PackExport.run(
        new PackExport.Request(
            db,
            out,
            asOf,
            SegmentFilter.parse(filter.isEmpty() ? List.of() : List.of(filter)),
            "en",
            false,
            Optional.empty(),
            Optional.of(engine)),
        "test",
        Clock.systemUTC(),
        Progress.NONE);
  }
}
