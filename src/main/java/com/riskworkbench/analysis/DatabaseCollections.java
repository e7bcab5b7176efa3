package com.riskworkbench.analysis;

import com.riskworkbench.analysis.CollectionsResult.CohortRecovery;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.ActionSum;
import com.riskworkbench.portfolio.store.pushdown.CohortRecoverySum;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The collections summary of {@link CollectionsAnalysis#run}, summed by the database: the actions
 * per month, type and outcome and the charge-offs per cohort come back as small sums and are
 * finished by the same {@link CollectionsAnalysis#finish}.
 */
public final class DatabaseCollections {
  private DatabaseCollections() {}

  public static CollectionsResult run(
      DatabaseEngine engine, Optional<YearMonth> asOf, SegmentFilter filter) {
    engine.asOfMonth(asOf); // checks the month against the data
    PushDownScope scope = engine.scope(asOf, filter);
    List<CollectionsAnalysis.ActionGroup> actions = new ArrayList<>();
    for (ActionSum a : engine.queries().collectionActions(scope)) {
      actions.add(
          new CollectionsAnalysis.ActionGroup(
              Months.ordinal(a.month()),
              ActionType.valueOf(a.actionType()),
              ActionOutcome.valueOf(a.outcome()),
              a.actions(),
              a.recoveredCents()));
    }
    List<CohortRecovery> recoveries = new ArrayList<>();
    for (CohortRecoverySum c : engine.queries().chargeOffsByCohort(scope)) {
      recoveries.add(
          new CohortRecovery(
              c.origination(),
              Math.toIntExact(c.loans()),
              Math.toIntExact(c.chargedOffLoans()),
              c.chargeOffCents(),
              c.recoveryCents()));
    }
    recoveries.sort(Comparator.comparing(CohortRecovery::cohort));
    return CollectionsAnalysis.finish(actions, recoveries);
  }
}
