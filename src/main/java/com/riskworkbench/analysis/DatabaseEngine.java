package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import com.riskworkbench.portfolio.store.pushdown.Aggregates;
import com.riskworkbench.portfolio.store.pushdown.BorrowerExposure;
import com.riskworkbench.portfolio.store.pushdown.BucketBalance;
import com.riskworkbench.portfolio.store.pushdown.LoanAttribute;
import com.riskworkbench.portfolio.store.pushdown.PushDownScope;
import com.riskworkbench.portfolio.store.pushdown.SegmentSum;
import com.riskworkbench.portfolio.store.pushdown.TransitionCount;
import com.riskworkbench.portfolio.store.pushdown.TransitionRef;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The analyses run inside the database (docs/decisions/0008-push-down.md): the database scans and
 * aggregates, and the same result types as the in-memory engine are built from the aggregates, so
 * that everything after the aggregation is shared arithmetic and both engines agree to the cent.
 */
public final class DatabaseEngine {
  private final Aggregates queries;
  private final Optional<YearMonth> firstMonth;
  private final Optional<YearMonth> lastMonth;
  private final OptionalLong netAssetsCents;
  private final OptionalLong tier1NetCapitalCents;

  /**
   * @param info the book's months, as {@code PortfolioRepository.info()} reads them
   * @param netAssetsCents the portfolio's net assets ({@code portfolio_meta.net_assets}), for the
   *     single-borrower limit on a share of them
   */
  public DatabaseEngine(Aggregates queries, PortfolioInfo info, OptionalLong netAssetsCents) {
    this(queries, info, netAssetsCents, OptionalLong.empty());
  }

  /**
   * @param tier1NetCapitalCents the portfolio's tier 1 net capital ({@code
   *     portfolio_meta.tier1_net_capital}), for the co-lending partner limit
   */
  public DatabaseEngine(
      Aggregates queries,
      PortfolioInfo info,
      OptionalLong netAssetsCents,
      OptionalLong tier1NetCapitalCents) {
    this.queries = queries;
    this.firstMonth = info.firstMonth();
    this.lastMonth = info.lastMonth();
    this.netAssetsCents = netAssetsCents;
    this.tier1NetCapitalCents = tier1NetCapitalCents;
  }

  /** The engine over an open portfolio: its queries, months, net assets and tier 1 capital. */
  public static DatabaseEngine of(PortfolioRepository repo) throws PortfolioException {
    return new DatabaseEngine(
        repo.pushDown(),
        repo.info(),
        amount(repo, "net_assets"),
        amount(repo, "tier1_net_capital"));
  }

  private static OptionalLong amount(PortfolioRepository repo, String key)
      throws PortfolioException {
    return repo.meta(key)
        .map(v -> OptionalLong.of(Money.parseCents(v.trim())))
        .orElse(OptionalLong.empty());
  }

  /** Where the aggregates are computed, for the analyses' parts in classes beside this one. */
  Aggregates queries() {
    return queries;
  }

  /** The forward-looking analyses (PD, ECL, provisions, forecast, backtest) of this engine. */
  DatabaseForward forward() {
    return new DatabaseForward(this);
  }

  /** The book's first month with data, if any. */
  Optional<YearMonth> firstMonth() {
    return firstMonth;
  }

  /** The portfolio's net assets in cents, when it states them. */
  OptionalLong netAssetsCents() {
    return netAssetsCents;
  }

  /** The portfolio's tier 1 net capital in cents, when it states it. */
  OptionalLong tier1NetCapitalCents() {
    return tier1NetCapitalCents;
  }

  /**
   * Runs an analysis in the database.
   *
   * @throws IllegalArgumentException for an as-of month outside the data
   */
  public AnalysisResult run(
      Analyses.Kind kind, Optional<YearMonth> asOf, SegmentFilter filter, Analyses.Params p) {
    return switch (kind) {
      case ROLL_RATE ->
          rollRate(asOf, filter, p.buckets(), p.window().orElse(RollRateAnalysis.DEFAULT_WINDOW));
      case CONCENTRATION ->
          concentration(asOf, filter, p.dimension(), p.fiveCategory(), p.limits());
      case SUMMARY -> summary(asOf, filter, p.buckets(), p.fiveCategory());
      case FLOW_RATE -> flowRate(asOf, filter, p.buckets(), p.window().orElse(0));
      case MIGRATION ->
          new DatabaseRegulator(this).migration(asOf, filter, p.fiveCategory(), p.from());
      case NPL_WALK ->
          new DatabaseRegulator(this).nplWalk(asOf, filter, p.fiveCategory(), p.from());
      case CLASSIFICATION ->
          new DatabaseRegulator(this).classification(asOf, filter, p.fiveCategory());
      case PD, ECL, PROVISIONS, FORECAST, BACKTEST -> forward().run(kind, asOf, filter, p);
      case PERIOD ->
          DatabasePeriod.run(
              this,
              asOf,
              filter,
              p.buckets(),
              p.fiveCategory(),
              p.window().orElse(TransitionModel.DEFAULT_WINDOW));
      case VINTAGE -> DatabaseVintage.run(this, asOf, filter, p);
      case COLLECTIONS -> DatabaseCollections.run(this, asOf, filter);
      case FRAUD -> DatabaseFraud.run(this, asOf, filter);
      case LORENZ -> new DatabaseExposures(this).lorenz(asOf, filter, p.dimension());
      case GROUPS -> new DatabaseExposures(this).groups(asOf, filter, GroupLimit.DEFAULT);
      case CO_LENDING ->
          new DatabaseExposures(this).coLending(asOf, filter, CoLendingRules.DEFAULT);
      case SCORECARD -> DatabaseScorecard.run(this, asOf, filter, p.scorecard());
      case WARNINGS ->
          DatabaseWarnings.run(
              this,
              asOf,
              filter,
              p.buckets(),
              p.fiveCategory(),
              p.limits(),
              WarningThresholds.DEFAULT);
    };
  }

  /** The roll-rate matrix of {@link RollRateAnalysis#run}, counted by the database. */
  public RollRateResult rollRate(
      Optional<YearMonth> asOf, SegmentFilter filter, DelinquencyBuckets buckets, int window) {
    TransitionWindow w = window(asOf, window);
    int states = RollRateResult.toStateCount(buckets);
    long[] loans = new long[buckets.count() * states];
    long[] balance = new long[loans.length];
    long[] distinct = new long[loans.length];
    if (!w.isEmpty()) {
      for (TransitionCount c :
          queries.transitions(
              scope(asOf, filter),
              buckets.lowerEdges(),
              Months.of(w.first()),
              Months.of(w.last()))) {
        int cell = c.from() * states + c.to();
        loans[cell] = c.transitions();
        balance[cell] = c.balanceCents();
        distinct[cell] = c.loans();
      }
    }
    return new RollRateResult(
        buckets,
        w,
        loans,
        balance,
        distinct,
        (f, t) -> {
          throw new UnsupportedOperationException(
              "the database engine drills down a page at a time: DatabaseEngine.rollRatePage");
        });
  }

  /**
   * The concentration of {@link ConcentrationAnalysis#run}: sums per segment and the borrowers over
   * the lowest limit from the database, the ordering, shares, HHI and breaches by the same code.
   */
  public ConcentrationAnalysis.ConcentrationResult concentration(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      Dimension dimension,
      FiveCategoryRule rule,
      SingleBorrowerLimits limits) {
    YearMonth month = asOfMonth(asOf);
    PushDownScope scope = scope(asOf, filter);
    List<SegmentSum> sums =
        queries.segments(
            scope, month, LoanAttribute.valueOf(dimension.name()), rule.specialMentionMax());
    int n = sums.size();
    String[] labels = new String[n];
    int[] loans = new int[n];
    long[] exposure = new long[n];
    long[] par30 = new long[n];
    long[] npl = new long[n];
    double[] rateTimesExposure = new double[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      SegmentSum s = sums.get(i);
      labels[i] = s.key();
      loans[i] = Math.toIntExact(s.loans());
      exposure[i] = s.exposureCents();
      par30[i] = s.par30Cents();
      npl[i] = s.nplCents();
      rateTimesExposure[i] = s.rateTimesExposureCents();
      total += s.exposureCents();
    }
    OptionalLong netAssetsLimit = limits.netAssetsLimit(netAssetsCents);
    long lowest = Math.min(limits.consumerLimitCents(), limits.businessLimitCents());
    if (netAssetsLimit.isPresent()) {
      lowest = Math.min(lowest, netAssetsLimit.getAsLong());
    }
    List<ConcentrationAnalysis.BorrowerSum> candidates = new java.util.ArrayList<>();
    for (BorrowerExposure b : queries.borrowersOver(scope, month, lowest)) {
      candidates.add(
          new ConcentrationAnalysis.BorrowerSum(
              b.borrowerId(), BorrowerType.valueOf(b.borrowerType()), b.exposureCents()));
    }
    return ConcentrationAnalysis.finish(
        dimension,
        labels,
        loans,
        exposure,
        par30,
        npl,
        rateTimesExposure,
        total,
        ConcentrationAnalysis.breaches(candidates, netAssetsLimit, limits));
  }

  /**
   * The summary of {@link SummaryAnalysis#run}: the as-of month and the month before from two small
   * grouped queries, every preset's five-category table from the as-of month's groups.
   */
  public SummaryAnalysis.SummaryResult summary(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      FiveCategoryRule rule) {
    YearMonth month = asOfMonth(asOf);
    PushDownScope scope = scope(asOf, filter);
    List<ActiveGroup> now = queries.activeByDaysPastDue(scope, month);
    int m = Months.ordinal(month);
    Optional<SummaryAnalysis.Snapshot> previous =
        firstMonth.isPresent() && month.isAfter(firstMonth.get())
            ? Optional.of(
                SummaryAnalysis.snapshot(
                    m - 1, queries.activeByDaysPastDue(scope, month.minusMonths(1)), buckets, rule))
            : Optional.empty();
    Map<String, SummaryAnalysis.Snapshot> presets = new LinkedHashMap<>();
    for (FiveCategoryRule preset :
        List.of(FiveCategoryRule.REGULATORY_2023, FiveCategoryRule.CREDIT_CARD)) {
      presets.put(preset.name(), SummaryAnalysis.snapshot(m, now, buckets, preset));
    }
    return new SummaryAnalysis.SummaryResult(
        SummaryAnalysis.snapshot(m, now, buckets, rule), previous, rule, buckets, presets);
  }

  /** The flow-rate series of {@link FlowRateAnalysis#run}, summed by the database. */
  public FlowRateResult flowRate(
      Optional<YearMonth> asOf, SegmentFilter filter, DelinquencyBuckets buckets, int window) {
    TransitionWindow w = window(asOf, window);
    int nb = buckets.count();
    // balance[(m - (first - 1)) * nb + b]: months first-1 .. last, as FlowRateAnalysis lays it out
    long[] balance = new long[(w.months() + 1) * nb];
    if (!w.isEmpty()) {
      int from = w.first() - 1;
      for (BucketBalance b :
          queries.activeBalances(
              scope(asOf, filter), buckets.lowerEdges(), Months.of(from), Months.of(w.last()))) {
        balance[(Months.ordinal(b.month()) - from) * nb + b.bucket()] = b.balanceCents();
      }
    }
    return new FlowRateResult(buckets, w, balance);
  }

  /**
   * One page of the transitions behind a roll-rate cell, by loan id then month t, after {@code
   * after} (the last transition of the previous page; empty for the first page).
   */
  public List<TransitionRef> rollRatePage(
      Optional<YearMonth> asOf,
      SegmentFilter filter,
      DelinquencyBuckets buckets,
      int window,
      String from,
      String to,
      Optional<TransitionRef> after,
      int limit) {
    TransitionWindow w = window(asOf, window);
    List<String> toStates = new java.util.ArrayList<>(buckets.labels());
    toStates.addAll(
        List.of(RollRateResult.PAID_OFF, RollRateResult.CHARGED_OFF, RollRateResult.MISSING));
    int f = buckets.labels().indexOf(from);
    int t = toStates.indexOf(to);
    if (f < 0 || t < 0) {
      throw new IllegalArgumentException("unknown roll-rate cell " + from + " → " + to);
    }
    if (w.isEmpty()) {
      return List.of();
    }
    return queries.transitionPage(
        scope(asOf, filter),
        buckets.lowerEdges(),
        Months.of(w.first()),
        Months.of(w.last()),
        f,
        t,
        after,
        limit);
  }

  TransitionWindow window(Optional<YearMonth> asOf, int window) {
    int last = Months.ordinal(asOfMonth(asOf));
    return TransitionWindow.of(
        window, firstMonth.map(Months::ordinal).orElse(Integer.MAX_VALUE), last);
  }

  /** The as-of month asked for, checked against the data, or the latest month with data. */
  YearMonth asOfMonth(Optional<YearMonth> asOf) {
    if (firstMonth.isEmpty()) {
      return asOf.orElse(YearMonth.of(2000, 1));
    }
    YearMonth month = asOf.orElse(lastMonth.orElseThrow());
    if (month.isBefore(firstMonth.get()) || month.isAfter(lastMonth.orElseThrow())) {
      throw new IllegalArgumentException(
          "as-of month "
              + month
              + " is outside the data ("
              + firstMonth.get()
              + " to "
              + lastMonth.get()
              + ")");
    }
    return month;
  }

  PushDownScope scope(Optional<YearMonth> asOf, SegmentFilter filter) {
    return scope(asOfMonth(asOf), filter);
  }

  /** The loans of {@code filter} in the database's terms, age bands taken at {@code month}. */
  static PushDownScope scope(YearMonth month, SegmentFilter filter) {
    Map<LoanAttribute, Set<String>> allowed = new EnumMap<>(LoanAttribute.class);
    filter.allowed().forEach((d, v) -> allowed.put(LoanAttribute.valueOf(d.name()), v));
    return new PushDownScope(month, allowed);
  }
}
