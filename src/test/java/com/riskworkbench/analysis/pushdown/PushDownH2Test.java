package com.riskworkbench.analysis.pushdown;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.store.PortfolioImport;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.tape.TapeSource;
import java.nio.file.Path;

/** The push-down analyses on H2 portfolio files. */
class PushDownH2Test extends PushDownContract
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
  @Override
  PortfolioLocation importTape(Path tape, String name) throws Exception {
    Path file = temp.resolve(name + ".mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, name, false, Progress.NONE);
    return new PortfolioLocation.File(file);
  }
}
