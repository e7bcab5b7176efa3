package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.analysis.DatabaseEngine;
import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.spark.SparkEngine;
import com.riskworkbench.testing.LocalSpark;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * The push-down analyses as Spark plans (local mode, in this JVM) over the books' tables written as
 * Parquet, against the in-memory engine on the same books: every test of the contract.
 */
@Timeout(600)
class PushDownSparkTest extends PushDownContract
    implements RegulatorPushDown, // one contract a line, as in PushDownH2Test
        ScorecardPushDown,
        DataQualityPushDown,
        ForwardPushDown,
        PeriodPushDown,
        ExposuresPushDown,
        VintagePushDown,
        CollectionsPushDown,
        FraudPushDown {
  @Override
  PortfolioLocation importTape(Path tape, String name) throws Exception {
    Path file = temp.resolve(name + ".mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, name, false, Progress.NONE);
    // Written before the file is opened for the in-memory book: H2 lets one program hold it.
    LocalSpark.parquetOf(file, temp.resolve(name + "-parquet"));
    return new PortfolioLocation.File(file);
  }

  /** Each page is a Spark job (a second or so in local mode): pages of 60, several per cell. */
  @Override
  int drillPage() {
    return 60;
  }

  @Override
  DatabaseEngine engine(String name, PortfolioRepository repo) {
    return SparkEngine.parquet(
        LocalSpark.get(), temp.resolve(name + "-parquet").toString(), Map.of());
  }
}
