package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.analysis.PeriodAnalysis.Figures;
import com.riskworkbench.portfolio.book.Months;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The period comparison: one row per {@link Figure}, one value column per {@link ReportingMonth},
 * then the change of the as-of value against each earlier month — amounts and counts in value and
 * in % of the earlier value, ratios in basis points. A value whose month is outside the data is
 * missing, and so is every change against it.
 */
public record PeriodResult(
    int asOfMonth, FiveCategoryRule rule, Map<ReportingMonth, Optional<Figures>> columns)
    implements AnalysisResult {

  /** How a figure's values and changes are expressed. */
  public enum Unit {
    /** Currency units; change in value and %. */
    AMOUNT,
    /** A number of loans; change in value and %. */
    COUNT,
    /** A fraction 0–1; change in basis points. */
    RATIO
  }

  /** The key figures, in the order of the table. */
  public enum Figure {
    OUTSTANDING("outstanding", Unit.AMOUNT, f -> amount(f.outstandingCents())),
    LOANS("loans", Unit.COUNT, f -> f.loans()),
    NPL_BALANCE("npl_balance", Unit.AMOUNT, f -> amount(f.nplCents())),
    PAR30_RATIO("par30_ratio", Unit.RATIO, f -> ratio(f.par30Cents(), f.outstandingCents())),
    NPL_RATIO("npl_ratio", Unit.RATIO, f -> ratio(f.nplCents(), f.outstandingCents())),
    SPECIAL_MENTION_SHARE(
        "special_mention_share",
        Unit.RATIO,
        f -> ratio(f.specialMentionCents(), f.outstandingCents())),
    DPD90_TO_NPL("dpd90_to_npl", Unit.RATIO, f -> ratio(f.dpd90Cents(), f.nplCents())),
    PROVISION_COVERAGE(
        "provision_coverage", Unit.RATIO, f -> ratio(f.provisionCents(), f.nplCents())),
    PROVISION_TO_LOAN(
        "provision_to_loan", Unit.RATIO, f -> ratio(f.provisionCents(), f.outstandingCents())),
    ECL_COVERAGE("ecl_coverage", Unit.RATIO, f -> ratio(f.eclCents(), f.outstandingCents()));

    private final String key;
    private final Unit unit;
    private final ToDoubleFunction<Figures> value;

    Figure(String key, Unit unit, ToDoubleFunction<Figures> value) {
      this.key = key;
      this.unit = unit;
      this.value = value;
    }

    /** Its name in the {@code figure} column. */
    public String key() {
      return key;
    }

    public Unit unit() {
      return unit;
    }

    /** Its value in one month's figures: NaN where undefined (a ratio over zero). */
    public double of(Figures f) {
      return value.applyAsDouble(f);
    }
  }

  /** The month of a column, whether or not the data reach it. */
  public YearMonth month(ReportingMonth m) {
    return m.yearMonth(asOfMonth);
  }

  /** The figures of a column, or empty when its month is outside the data. */
  public Optional<Figures> figures(ReportingMonth m) {
    return columns.get(m);
  }

  /** A figure's value in a column; empty when the month is outside the data or it is undefined. */
  public OptionalDouble value(Figure figure, ReportingMonth m) {
    double v = raw(figure, m);
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The as-of value less the value in column {@code m}: currency units or loans for amounts and
   * counts, basis points for ratios; empty where either is not available.
   */
  public OptionalDouble change(Figure figure, ReportingMonth m) {
    double d = rawChange(figure, m);
    return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * The change against column {@code m} as a fraction of the earlier value (amounts and counts
   * only); empty for ratios and where not available or the earlier value is 0.
   */
  public OptionalDouble changeShare(Figure figure, ReportingMonth m) {
    double d = rawChangeShare(figure, m);
    return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * The loans behind a figure in column {@code m} (book order), for the scope this result was
   * computed for: the ACTIVE loans for outstanding, loans, provisions and ECL; those 30+ days past
   * due for PAR30, more than 90 for 90+/NPL, non-performing for the NPL balance and ratio, special
   * mention for its share. Empty when the month is outside the data.
   */
  public int[] loansBehind(AnalysisScope scope, Figure figure, ReportingMonth m) {
    if (figures(m).isEmpty()) {
      return new int[0];
    }
    int month = m.month(asOfMonth);
    int[] dpd = scope.portfolio().rowDpd();
    return switch (figure) {
      case PAR30_RATIO -> SummaryAnalysis.activeLoans(scope, month, d -> d >= 30);
      case DPD90_TO_NPL ->
          SummaryAnalysis.activeLoansByRow(scope, month, r -> dpd[r] > PeriodAnalysis.DPD_90);
      case NPL_BALANCE, NPL_RATIO ->
          SummaryAnalysis.activeLoansByRow(
              scope, month, r -> rule.category(scope.portfolio(), r).nonPerforming());
      case SPECIAL_MENTION_SHARE ->
          SummaryAnalysis.activeLoansByRow(
              scope,
              month,
              r -> rule.category(scope.portfolio(), r) == FiveCategory.SPECIAL_MENTION);
      default -> SummaryAnalysis.activeLoansByRow(scope, month, r -> true);
    };
  }

  private double raw(Figure figure, ReportingMonth m) {
    return figures(m).map(figure::of).orElse(Double.NaN);
  }

  private double rawChange(Figure figure, ReportingMonth m) {
    double d = raw(figure, ReportingMonth.AS_OF) - raw(figure, m);
    return figure.unit() == Unit.RATIO ? d * 10_000 : d;
  }

  private double rawChangeShare(Figure figure, ReportingMonth m) {
    if (figure.unit() == Unit.RATIO) {
      return Double.NaN;
    }
    return ratio(raw(figure, ReportingMonth.AS_OF) - raw(figure, m), raw(figure, m));
  }

  /** The earlier columns, against which the as-of month's changes are given. */
  private static final ReportingMonth[] EARLIER = {
    ReportingMonth.PREVIOUS_MONTH,
    ReportingMonth.PREVIOUS_QUARTER_END,
    ReportingMonth.START_OF_YEAR,
    ReportingMonth.YEAR_AGO
  };

  /**
   * {@code figure}, a column per reporting month, {@code unit}, then {@code change_<column>} and
   * {@code change_pct_<column>} for each earlier month.
   */
  @Override
  public Table rows() {
    Table t = Table.create("period", StringColumn.create("figure"));
    for (ReportingMonth m : ReportingMonth.values()) {
      t.addColumns(DoubleColumn.create(m.column()));
    }
    t.addColumns(StringColumn.create("unit"));
    for (ReportingMonth m : EARLIER) {
      t.addColumns(
          DoubleColumn.create("change_" + m.column()),
          DoubleColumn.create("change_pct_" + m.column()));
    }
    for (Figure f : Figure.values()) {
      t.stringColumn("figure").append(f.key());
      for (ReportingMonth m : ReportingMonth.values()) {
        t.doubleColumn(m.column()).append(raw(f, m));
      }
      t.stringColumn("unit").append(f.unit().name().toLowerCase(java.util.Locale.ROOT));
      for (ReportingMonth m : EARLIER) {
        t.doubleColumn("change_" + m.column()).append(rawChange(f, m));
        t.doubleColumn("change_pct_" + m.column()).append(rawChangeShare(f, m));
      }
    }
    return t;
  }

  /** Amount figures print to the cent in their value and change columns. */
  @Override
  public boolean isAmount(String column, int row) {
    return Figure.values()[row].unit() == Unit.AMOUNT && !column.startsWith("change_pct_");
  }

  @Override
  public Map<String, Object> extras() {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> months = new LinkedHashMap<>();
    Map<String, Object> basis = new LinkedHashMap<>();
    for (ReportingMonth r : ReportingMonth.values()) {
      months.put(r.column(), Months.of(r.month(asOfMonth)).toString());
      basis.put(
          r.column(),
          figures(r)
              .map(f -> f.provisionBasis().name().toLowerCase(java.util.Locale.ROOT))
              .orElse(null));
    }
    m.put("months", months);
    m.put("provision_basis", basis);
    m.put(
        "not_available",
        "a month outside the data has no figures (empty in CSV, null in JSON), never 0");
    m.put("five_category_rule", rule.describe());
    return m;
  }
}
