package com.riskworkbench.analysis;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.BucketBalance;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffMonth;
import com.riskworkbench.portfolio.store.pushdown.ChargeOffTally;
import com.riskworkbench.portfolio.store.pushdown.HeldProvisions;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.MonthlyTransition;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The forward-looking analyses inside the database (docs/decisions/0008-push-down.md): PD, ECL,
 * provisions, forecast and backtest. The database counts the window's transitions month by month,
 * groups the as-of loans by what their ECL depends on, sums charge-offs and recoveries, booked
 * provisions and the charge-offs after a backtest's origin; the transition model, the matrix
 * algebra, the bootstrap and every figure are then the in-memory analyses' own finishing code.
 */
final class DatabaseForward {
  private final DatabaseEngine engine;
  private final Aggregates queries;

  DatabaseForward(DatabaseEngine engine) {
    this.engine = engine;
    this.queries = engine.queries();
  }

  /** Runs one of the forward-looking analyses with the parameters {@link Analyses#run} reads. */
  AnalysisResult run(
      Analyses.Kind kind, Optional<YearMonth> asOf, SegmentFilter filter, Analyses.Params p) {
    int window = p.window().orElse(TransitionModel.DEFAULT_WINDOW);
    return switch (kind) {
      case PD ->
          pd(
              asOf,
              filter,
              p.buckets(),
              window,
              p.horizon().orElse(PdAnalysis.DEFAULT_HORIZON),
              p.scenario());
      case ECL ->
          ecl(
              asOf,
              filter,
              p.buckets(),
              p.fiveCategory(),
              window,
              p.scenario(),
              p.dimension(),
              Bootstrap.DEFAULT_DRAWS,
              Bootstrap.DEFAULT_SEED,
              Progress.NONE);
      case PROVISIONS -> provisions(asOf, filter, p.buckets(), p.fiveCategory(), window);
      case FORECAST ->
          forecast(
              asOf,
              filter,
              p.buckets(),
              window,
              p.horizon().orElse(PdAnalysis.DEFAULT_HORIZON),
              p.scenario(),
              Bootstrap.DEFAULT_DRAWS,
              Bootstrap.DEFAULT_SEED,
              Progress.NONE);
      case BACKTEST ->
          backtest(
              asOf,
              filter,
              p.buckets(),
              window,
              p.horizon().orElse(BacktestAnalysis.DEFAULT_HORIZON));
      default -> throw new IllegalArgumentException(kind.cliName() + " is not forward-looking");
    };
  }

  /** {@link PdAnalysis#run}. */
  PdAnalysis.PdResult pd(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      int window,
      int horizon,
      Scenario scenario) {
    TransitionModel model = model(engine.scope(asOf, filter), engine.window(asOf, window), buckets);
    return PdAnalysis.finish(model, horizon, scenario);
  }

  /** {@link EclAnalysis#run}, the bootstrap over {@code draws} matrices from {@code seed}. */
  EclAnalysis.EclResult ecl(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window,
      Scenario scenario,
      Dimension dimension,
      int draws,
      long seed,
      Progress progress) {
    YearMonth month = engine.asOfMonth(asOf);
    PushDownScope scope = engine.scope(asOf, filter);
    TransitionModel model = model(scope, engine.window(asOf, window), buckets);
    return EclAnalysis.finish(
        model,
        groups(scope, month, buckets, rule, dimension),
        lgd(scope, month),
        scenario,
        dimension,
        draws,
        seed,
        progress);
  }

  /** {@link ProvisionAnalysis#run}: the ECL point estimate of the base scenario beside the rest. */
  ProvisionAnalysis.ProvisionResult provisions(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      int window) {
    EclAnalysis.EclResult ecl =
        ecl(
            asOf,
            filter,
            buckets,
            rule,
            window,
            Scenario.BASE,
            Dimension.PRODUCT,
            0,
            Bootstrap.DEFAULT_SEED,
            Progress.NONE);
    YearMonth month = engine.asOfMonth(asOf);
    PushDownScope scope = engine.scope(asOf, filter);
    SummaryAnalysis.Snapshot s =
        SummaryAnalysis.snapshot(
            Months.ordinal(month),
            queries.activeByDaysPastDue(scope, month),
            DelinquencyBuckets.DEFAULT,
            rule);
    HeldProvisions held = queries.heldProvisions(scope, month);
    return ProvisionAnalysis.finish(
        ProvisionAnalysis.Rates.DEFAULT,
        s,
        ProvisionAnalysis.Held.of(
            held.bookHasProvisions(), held.loans(), held.withoutProvision(), held.provisionCents()),
        ecl.eclCents(0));
  }

  /** {@link ForecastAnalysis#run}, the bootstrap over {@code draws} matrices from {@code seed}. */
  ForecastAnalysis.ForecastResult forecast(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      int window,
      int horizon,
      Scenario scenario,
      int draws,
      long seed,
      Progress progress) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month, got " + horizon);
    }
    YearMonth month = engine.asOfMonth(asOf);
    PushDownScope scope = engine.scope(asOf, filter);
    TransitionModel model = model(scope, engine.window(asOf, window), buckets);
    long[][] start = startingBook(scope, month, buckets);
    return ForecastAnalysis.finish(
        model, start[1], lgd(scope, month), horizon, scenario, draws, seed, progress);
  }

  /** {@link BacktestAnalysis#run}: the model and loans at the origin, the charge-offs after. */
  BacktestAnalysis.BacktestResult backtest(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      int window,
      int horizon) {
    YearMonth month = engine.asOfMonth(asOf);
    int origin =
        BacktestAnalysis.origin(
            Months.ordinal(month),
            horizon,
            engine.firstMonth().map(Months::ordinal).orElse(Integer.MAX_VALUE));
    Optional<YearMonth> at = Optional.of(Months.of(origin));
    PushDownScope then = engine.scope(at, filter);
    TransitionModel model = model(then, engine.window(at, window), buckets);
    long[][] start = startingBook(then, Months.of(origin), buckets);
    long[] actualLoans = new long[horizon + 1];
    long[] actualCents = new long[horizon + 1];
    long laterLoans = 0;
    long laterCents = 0;
    for (ChargeOffMonth c :
        queries.chargeOffsAfter(engine.scope(asOf, filter), then, Months.of(origin), month)) {
      int k = Months.ordinal(c.month()) - origin;
      actualLoans[k] = c.originRows();
      actualCents[k] = c.originCents();
      laterLoans += c.laterRows();
      laterCents += c.laterCents();
    }
    return BacktestAnalysis.finish(
        origin,
        horizon,
        window,
        model,
        start[0],
        start[1],
        actualLoans,
        actualCents,
        laterLoans,
        laterCents);
  }

  /**
   * The transition model of the scope's window from the database's monthly tallies, with the whole
   * book's window tallies when the scope is filtered (for the rows it leaves empty).
   */
  TransitionModel model(PushDownScope scope, TransitionWindow w, DelinquencyBuckets buckets) {
    int width = buckets.count() * (buckets.count() + 3);
    long[][] count = new long[w.months()][width];
    long[][] balance = new long[w.months()][width];
    tally(scope, w, buckets, count, balance);
    if (scope.allowed().isEmpty()) {
      return TransitionModel.of(buckets, w, count, balance, null, null);
    }
    long[][] bookCount = new long[1][width];
    long[][] bookBalance = new long[1][width];
    tally(new PushDownScope(scope.asOf(), Map.of()), w, buckets, bookCount, bookBalance);
    return TransitionModel.of(buckets, w, count, balance, bookCount[0], bookBalance[0]);
  }

  /** Adds the window's transitions into [month t+1 − first][cell], or [0][cell] for one row. */
  private void tally(
      PushDownScope scope,
      TransitionWindow w,
      DelinquencyBuckets buckets,
      long[][] count,
      long[][] balance) {
    if (w.isEmpty()) {
      return;
    }
    int states = buckets.count() + 3;
    for (MonthlyTransition t :
        queries.monthlyTransitions(
            scope, buckets.lowerEdges(), Months.of(w.first()), Months.of(w.last()))) {
      int m = count.length == 1 ? 0 : Months.ordinal(t.next()) - w.first();
      count[m][t.from() * states + t.to()] += t.transitions();
      balance[m][t.from() * states + t.to()] += t.balanceCents();
    }
  }

  /** The scope's ACTIVE loans at {@code month} by state: [0] how many, [1] their cents. */
  private long[][] startingBook(PushDownScope scope, YearMonth month, DelinquencyBuckets buckets) {
    long[][] v = new long[2][buckets.count() + 2];
    for (BucketBalance b : queries.activeBalances(scope, buckets.lowerEdges(), month, month)) {
      v[0][b.bucket()] += b.rows();
      v[1][b.bucket()] += b.balanceCents();
    }
    return v;
  }

  /** {@link LossGivenDefault#of} from the database's charge-off and recovery sums. */
  LossGivenDefault lgd(PushDownScope scope, YearMonth month) {
    int seasoning = LossGivenDefault.DEFAULT_SEASONING;
    long[] seasoned = new long[3];
    long[] all = new long[3];
    for (ChargeOffTally t : queries.chargeOffs(scope, month, seasoning)) {
      long[] tally = {t.loans(), t.chargeOffCents(), t.recoveryCents()};
      for (int i = 0; i < 3; i++) {
        all[i] += tally[i];
        if (t.seasoned()) {
          seasoned[i] += tally[i];
        }
      }
    }
    return LossGivenDefault.of(
        seasoning, seasoned[0], seasoned[1], seasoned[2], all[0], all[1], all[2]);
  }

  /**
   * The as-of loans' ECL groups from the database's rows grouped by days-past-due class: the class
   * edges are every day where the bucket, the rule's normal / special-mention / non-performing
   * category or the stage can change, so that one day of a class (its first) gives them all.
   */
  List<EclGroup> groups(
      PushDownScope scope,
      YearMonth month,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule,
      Dimension dimension) {
    StageThresholds thresholds = StageThresholds.DEFAULT;
    TreeSet<Integer> edgeSet = new TreeSet<>();
    for (int e : buckets.lowerEdges()) {
      edgeSet.add(e);
    }
    edgeSet.add(1);
    edgeSet.add(rule.specialMentionMax() + 1);
    edgeSet.add(thresholds.stage2Dpd() + 1);
    edgeSet.add(thresholds.stage3Dpd() + 1);
    int[] edges = edgeSet.stream().mapToInt(Integer::intValue).toArray();
    int asOf = Months.ordinal(month);
    EclGroup.Merger groups = new EclGroup.Merger();
    queries.stageGroups(
        scope,
        month,
        edges,
        LoanAttribute.valueOf(dimension.name()),
        thresholds.stage2Dpd(),
        g -> {
          int dpd = g.dpdClass() == 0 ? edges[0] - 1 : edges[g.dpdClass() - 1];
          byte booked = g.booked().map(c -> (byte) c.ordinal()).orElse(LoadedPortfolio.NO_CATEGORY);
          int stage = thresholds.stage(dpd, rule.category(booked, dpd));
          int maturity = g.maturity().map(Months::ordinal).orElse(LoadedPortfolio.NO_DATE);
          groups.accept(
              new EclGroup(
                  g.segment(),
                  stage,
                  buckets.bucket(dpd),
                  EclAnalysis.horizon(stage, maturity, asOf),
                  g.rate(),
                  stage > 1 && maturity == LoadedPortfolio.NO_DATE,
                  g.loans(),
                  g.balanceCents()));
        });
    return groups.groups();
  }
}
