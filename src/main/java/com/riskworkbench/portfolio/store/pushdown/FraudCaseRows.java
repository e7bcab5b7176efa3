package com.riskworkbench.portfolio.store.pushdown;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.db.tables.records.FraudCaseRecord;
import java.util.Optional;

/** A stored fraud case row as the program's case: for the loader and the case list alike. */
public final class FraudCaseRows {
  private FraudCaseRows() {}

  /**
   * @throws IllegalArgumentException for a type, channel or status the program does not know
   */
  public static FraudCase of(FraudCaseRecord r) {
    return new FraudCase(
        r.getCaseId(),
        Optional.ofNullable(r.getLoanId()),
        Optional.ofNullable(r.getBorrowerId()),
        r.getReportedDate(),
        FraudType.valueOf(r.getFraudType()),
        DetectionChannel.valueOf(r.getDetectionChannel()),
        FraudStatus.valueOf(r.getStatus()),
        Money.toCents(r.getExposure()),
        Money.toCents(r.getLossAmount()),
        Money.toCents(r.getRecoveredAmount()),
        Optional.ofNullable(r.getRootCause()),
        Optional.ofNullable(r.getSummary()));
  }
}
