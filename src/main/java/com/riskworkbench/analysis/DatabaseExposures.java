package com.riskworkbench.analysis;

import com.riskworkbench.analysis.CoLendingAnalysis.BelowMinimum;
import com.riskworkbench.analysis.CoLendingAnalysis.ShareSum;
import com.riskworkbench.analysis.GroupAnalysis.GroupSum;
import com.riskworkbench.analysis.LorenzAnalysis.LorenzResult;
import com.riskworkbench.portfolio.store.pushdown.CoLentLoan;
import com.riskworkbench.portfolio.store.pushdown.ExposureCount;
import com.riskworkbench.portfolio.store.pushdown.GroupExposure;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.ShareBalance;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Lorenz curve, the related-party groups and co-lending in the database
 * (docs/decisions/0008-push-down.md): exposures counted per distinct value, sums per group, sums
 * per partner and own share; each finished by the in-memory analysis's own code.
 */
public final class DatabaseExposures {
  private final DatabaseEngine engine;

  public DatabaseExposures(DatabaseEngine engine) {
    this.engine = engine;
  }

  /** The Lorenz curve of {@link LorenzAnalysis#run} from the units counted per exposure. */
  public LorenzResult lorenz(Optional<YearMonth> asOf, SegmentFilter filter, Dimension dimension) {
    List<ExposureCount> counts =
        engine
            .queries()
            .exposureDistribution(
                engine.scope(asOf, filter),
                engine.asOfMonth(asOf),
                LoanAttribute.valueOf(dimension.name()));
    long[] exposure = new long[counts.size()];
    long[] units = new long[counts.size()];
    for (int i = 0; i < exposure.length; i++) {
      exposure[i] = counts.get(i).exposureCents();
      units[i] = counts.get(i).units();
    }
    return new LorenzResult(dimension, exposure, units);
  }

  /** The groups of {@link GroupAnalysis#run} from the sums per group. */
  public GroupAnalysis.GroupResult groups(
      Optional<YearMonth> asOf, SegmentFilter filter, GroupLimit limit) {
    long outstanding = 0;
    List<GroupSum> sums = new ArrayList<>();
    for (GroupExposure g :
        engine.queries().groupExposures(engine.scope(asOf, filter), engine.asOfMonth(asOf))) {
      outstanding += g.exposureCents();
      g.groupId()
          .ifPresent(
              id ->
                  sums.add(
                      new GroupSum(
                          id,
                          Math.toIntExact(g.borrowers()),
                          Math.toIntExact(g.loans()),
                          g.exposureCents())));
    }
    return GroupAnalysis.finish(outstanding, engine.netAssetsCents(), limit, sums);
  }

  /**
   * Co-lending of {@link CoLendingAnalysis#run} from the sums per partner and own share; the loans
   * below the minimum own share are those at the own shares below it, fetched by loan id.
   */
  public CoLendingResult coLending(
      Optional<YearMonth> asOf, SegmentFilter filter, CoLendingRules rules) {
    PushDownScope scope = engine.scope(asOf, filter);
    YearMonth month = engine.asOfMonth(asOf);
    List<ShareSum> sums = new ArrayList<>();
    Set<BigDecimal> below = new TreeSet<>();
    for (ShareBalance s : engine.queries().coLentShares(scope, month)) {
      double share = s.ownShare().map(BigDecimal::doubleValue).orElse(1.0);
      sums.add(new ShareSum(s.partner(), share, Math.toIntExact(s.loans()), s.balanceCents()));
      if (s.partner().isPresent() && share < rules.minOwnShare()) {
        below.add(s.ownShare().orElseThrow());
      }
    }
    List<BelowMinimum> belowLoans = new ArrayList<>();
    for (CoLentLoan l : engine.queries().coLentLoans(scope, month, below)) {
      belowLoans.add(
          new BelowMinimum(
              -1, l.loanId(), l.partner(), l.balanceCents(), l.ownShare().doubleValue()));
    }
    return CoLendingAnalysis.finish(
        rules,
        sums,
        belowLoans,
        engine.tier1NetCapitalCents(),
        engine.queries().fundingPartnerRecorded());
  }
}
