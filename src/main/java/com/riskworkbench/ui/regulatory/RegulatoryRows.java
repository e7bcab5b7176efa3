package com.riskworkbench.ui.regulatory;

import com.riskworkbench.analysis.ClassificationChecks;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.MigrationAnalysis;
import com.riskworkbench.analysis.MigrationAnalysis.Rate;
import com.riskworkbench.analysis.MigrationResult;
import com.riskworkbench.analysis.NplWalkAnalysis.Component;
import com.riskworkbench.analysis.NplWalkResult;
import com.riskworkbench.analysis.PeriodResult;
import com.riskworkbench.analysis.PeriodResult.Figure;
import com.riskworkbench.analysis.PeriodResult.Unit;
import com.riskworkbench.analysis.ReportingMonth;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * The rows the Regulatory screen's tables and charts show, built from the analyses' results and
 * formatted for people. Every cell that lists loans carries the key its drill-down needs.
 */
final class RegulatoryRows {
  private RegulatoryRows() {}

  /** How a change reads for the book: worse, better, or neither. */
  enum Tone {
    NONE,
    WORSE,
    BETTER
  }

  /** What a drill-down of a cell lists; {@link #NONE} for a cell with nothing behind it. */
  sealed interface Key permits NoKey, PeriodKey, MatrixKey, RateKey, WalkKey, BookedKey {}

  record NoKey() implements Key {}

  record PeriodKey(Figure figure, ReportingMonth month) implements Key {}

  record MatrixKey(FiveCategory from, int state) implements Key {}

  record RateKey(Rate rate) implements Key {}

  record WalkKey(Component component) implements Key {}

  record BookedKey(FiveCategory booked, FiveCategory byRule) implements Key {}

  static final Key NONE = new NoKey();

  /**
   * One cell: its text, the figures behind it on hover, its tone and what it drills to; {@code
   * change} is a second line under the text (the change of a period column), coloured by the tone.
   */
  record Cell(String text, String tooltip, Tone tone, Key key, String change) {
    Cell(String text, String tooltip, Tone tone, Key key) {
      this(text, tooltip, tone, key, "");
    }

    boolean drillable() {
      return !(key instanceof NoKey);
    }
  }

  /** A figure at the as-of month and against each earlier month (value, then change). */
  record PeriodRow(String figure, List<Cell> cells) {}

  /** A migration rate with its numerator and denominator. */
  record RateRow(Rate rate, String name, String numerator, String denominator, String value) {}

  /** A category at S and its loans' state at E. */
  record MatrixRow(String from, List<Cell> cells) {}

  /** A component of the NPL walk. */
  record WalkRow(Component component, String name, String amount, String loans, int count) {}

  /** A bar of the waterfall: an invisible base and the visible part, in currency units. */
  record WalkBar(
      Component component, String name, double base, double value, Tone tone, String tooltip) {}

  /** A booked category and the rule's category of its loans. */
  record BookedRow(String booked, List<Cell> cells) {}

  /** The earlier months of the period table, in its column order. */
  static final List<ReportingMonth> EARLIER =
      List.of(
          ReportingMonth.PREVIOUS_MONTH,
          ReportingMonth.PREVIOUS_QUARTER_END,
          ReportingMonth.START_OF_YEAR,
          ReportingMonth.YEAR_AGO);

  static List<PeriodRow> period(
      PeriodResult r, YearMonth first, YearMonth last, Formats f, ResourceBundle m) {
    List<PeriodRow> rows = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(value(r, figure, ReportingMonth.AS_OF, first, last, f, m));
      for (ReportingMonth month : EARLIER) {
        Cell value = value(r, figure, month, first, last, f, m);
        Cell change = change(r, figure, month, first, last, f, m);
        String tip =
            value.tooltip().equals(change.tooltip())
                ? value.tooltip()
                : value.tooltip() + "\n" + change.tooltip();
        cells.add(new Cell(value.text(), tip, change.tone(), value.key(), change.text()));
      }
      rows.add(new PeriodRow(m.getString(figureKey(figure)), cells));
    }
    return rows;
  }

  /** The period table's column titles after the figure: each reporting month with its month. */
  static List<String> periodHeaders(PeriodResult period, Formats f, ResourceBundle m) {
    List<String> headers = new ArrayList<>();
    headers.add(
        MessageFormat.format(
            m.getString("regulatory.col.asOf"), f.month(period.month(ReportingMonth.AS_OF))));
    for (ReportingMonth month : RegulatoryRows.EARLIER) {
      headers.add(
          MessageFormat.format(
              m.getString(
                  switch (month) {
                    case PREVIOUS_MONTH -> "regulatory.col.previousMonth";
                    case PREVIOUS_QUARTER_END -> "regulatory.col.previousQuarter";
                    case START_OF_YEAR -> "regulatory.col.startOfYear";
                    default -> "regulatory.col.yearAgo";
                  }),
              f.month(period.month(month))));
    }
    return headers;
  }

  private static Cell value(
      PeriodResult r,
      Figure figure,
      ReportingMonth month,
      YearMonth first,
      YearMonth last,
      Formats f,
      ResourceBundle m) {
    OptionalDouble v = r.value(figure, month);
    if (v.isEmpty()) {
      return notAvailable(r, month, first, last, f, m);
    }
    String text = format(figure, v.getAsDouble(), f);
    String tip =
        MessageFormat.format(
            m.getString("regulatory.period.valueTip"),
            m.getString(figureKey(figure)),
            f.month(r.month(month)));
    return new Cell(text, tip, Tone.NONE, new PeriodKey(figure, month));
  }

  private static Cell change(
      PeriodResult r,
      Figure figure,
      ReportingMonth month,
      YearMonth first,
      YearMonth last,
      Formats f,
      ResourceBundle m) {
    OptionalDouble d = r.change(figure, month);
    if (d.isEmpty()) {
      return notAvailable(r, month, first, last, f, m);
    }
    double change = d.getAsDouble();
    String text;
    if (figure.unit() == Unit.RATIO) {
      long bp = Math.round(change);
      text =
          MessageFormat.format(
              m.getString("regulatory.period.bp"),
              (bp > 0 ? "+" : bp < 0 ? "−" : "±") + f.count(Math.abs(bp)));
    } else {
      String value = signed(format(figure, Math.abs(change), f), change);
      OptionalDouble share = r.changeShare(figure, month);
      text = share.isPresent() ? value + " (" + f.change(share.getAsDouble()) + ")" : value;
    }
    String tip =
        MessageFormat.format(
            m.getString("regulatory.period.changeTip"),
            format(figure, r.value(figure, month).getAsDouble(), f),
            f.month(r.month(month)),
            format(figure, r.value(figure, ReportingMonth.AS_OF).getAsDouble(), f),
            f.month(r.month(ReportingMonth.AS_OF)));
    return new Cell(text, tip, tone(figure, change), NONE);
  }

  private static Cell notAvailable(
      PeriodResult r,
      ReportingMonth month,
      YearMonth first,
      YearMonth last,
      Formats f,
      ResourceBundle m) {
    String reason;
    if (r.figures(month).isEmpty()) {
      reason =
          MessageFormat.format(
              m.getString("regulatory.period.outside"),
              f.month(r.month(month)),
              f.month(first),
              f.month(last));
    } else if (r.figures(ReportingMonth.AS_OF).isEmpty()) {
      reason = m.getString("regulatory.period.noAsOf");
    } else {
      reason = m.getString("regulatory.period.undefined");
    }
    return new Cell(Formats.NONE, reason, Tone.NONE, NONE);
  }

  private static String signed(String abs, double change) {
    return (change > 0 ? "+" : change < 0 ? "−" : "±") + abs;
  }

  private static String format(Figure figure, double v, Formats f) {
    return switch (figure.unit()) {
      case AMOUNT -> f.amount(v);
      case COUNT -> f.count(Math.round(v));
      case RATIO -> f.percent(v);
    };
  }

  /** Whether a rise of the figure is bad news, good news or neither. */
  private static Tone tone(Figure figure, double change) {
    int rise =
        switch (figure) {
          // as the pack reads them (methodology §15.5): more loss expected per unit lent is worse
          case NPL_BALANCE,
                  PAR30_RATIO,
                  NPL_RATIO,
                  SPECIAL_MENTION_SHARE,
                  DPD90_TO_NPL,
                  ECL_COVERAGE ->
              -1;
          case PROVISION_COVERAGE, PROVISION_TO_LOAN -> 1;
          default -> 0;
        };
    if (rise == 0 || Math.abs(change) < 1e-9) {
      return Tone.NONE;
    }
    return (change > 0) == (rise > 0) ? Tone.BETTER : Tone.WORSE;
  }

  static String figureKey(Figure figure) {
    return switch (figure) {
      case OUTSTANDING -> "regulatory.figure.outstanding";
      case LOANS -> "regulatory.figure.loans";
      case NPL_BALANCE -> "regulatory.figure.nplBalance";
      case PAR30_RATIO -> "regulatory.figure.par30";
      case NPL_RATIO -> "regulatory.figure.nplRatio";
      case SPECIAL_MENTION_SHARE -> "regulatory.figure.specialMention";
      case DPD90_TO_NPL -> "regulatory.figure.dpd90ToNpl";
      case PROVISION_COVERAGE -> "regulatory.figure.coverage";
      case PROVISION_TO_LOAN -> "regulatory.figure.provisionToLoan";
      case ECL_COVERAGE -> "regulatory.figure.eclCoverage";
    };
  }

  static String rateKey(Rate rate) {
    return switch (rate) {
      case NORMAL -> "regulatory.rate.normal";
      case SPECIAL_MENTION -> "regulatory.rate.specialMention";
      case SUBSTANDARD -> "regulatory.rate.substandard";
      case DOUBTFUL -> "regulatory.rate.doubtful";
      case NORMAL_LOANS -> "regulatory.rate.normalLoans";
    };
  }

  static String componentKey(Component c) {
    return switch (c) {
      case OPENING -> "regulatory.walk.opening";
      case NEW -> "regulatory.walk.new";
      case UPGRADED -> "regulatory.walk.upgraded";
      case COLLECTED -> "regulatory.walk.collected";
      case WRITTEN_OFF -> "regulatory.walk.writtenOff";
      case LEFT_DATA -> "regulatory.walk.leftData";
      case OTHER -> "regulatory.walk.other";
      case CLOSING -> "regulatory.walk.closing";
    };
  }

  static List<RateRow> rates(MigrationResult r, Formats f, ResourceBundle m) {
    List<RateRow> rows = new ArrayList<>();
    for (Rate rate : Rate.values()) {
      rows.add(
          new RateRow(
              rate,
              m.getString(rateKey(rate)),
              f.amount(r.numeratorCents(rate) / 100.0),
              f.amount(r.denominatorCents(rate) / 100.0),
              f.percent(r.rate(rate))));
    }
    return rows;
  }

  /** The name of a state at E: a category, paid off, charged off or missing. */
  static String stateName(int state, Labels labels) {
    return state < FiveCategory.values().length
        ? labels.of(FiveCategory.values()[state])
        : labels.state(MigrationResult.stateName(state));
  }

  static List<MatrixRow> matrix(
      MigrationResult r,
      boolean byBalance,
      String currency,
      Labels labels,
      Formats f,
      ResourceBundle m) {
    List<MatrixRow> rows = new ArrayList<>();
    for (FiveCategory c : FiveCategory.values()) {
      List<Cell> cells = new ArrayList<>();
      for (int s = 0; s < MigrationAnalysis.STATES; s++) {
        long loans = r.loans(c, s);
        if (loans == 0) {
          cells.add(new Cell(byBalance ? "" : "0", "", Tone.NONE, NONE));
          continue;
        }
        String text = byBalance ? f.amount(r.startCents(c, s) / 100.0) : f.count(loans);
        String tip =
            MessageFormat.format(
                m.getString("regulatory.matrix.tip"),
                labels.of(c),
                f.month(r.start()),
                stateName(s, labels),
                f.month(r.end()),
                f.count(loans),
                f.money(r.startCents(c, s), currency),
                f.money(r.endCents(c, s), currency));
        Tone tone = Tone.NONE;
        if (s < FiveCategory.values().length) {
          tone = s > c.ordinal() ? Tone.WORSE : s < c.ordinal() ? Tone.BETTER : Tone.NONE;
        } else if (s == MigrationAnalysis.CHARGED_OFF) {
          tone = Tone.WORSE; // paid off and missing are neither
        }
        cells.add(new Cell(text, tip, tone, new MatrixKey(c, s)));
      }
      rows.add(new MatrixRow(labels.of(c), cells));
    }
    return rows;
  }

  static List<WalkRow> walk(NplWalkResult r, Formats f, ResourceBundle m) {
    List<WalkRow> rows = new ArrayList<>();
    for (Component c : Component.values()) {
      int count = r.loansBehind(c).length;
      long cents = r.cents(c);
      String amount = f.amount(cents / 100.0);
      if (c.sign() < 0 && cents != 0) {
        amount = "−" + amount;
      } else if (c.sign() > 0 && c != Component.OPENING && cents != 0) {
        amount = "+" + amount;
      }
      rows.add(new WalkRow(c, m.getString(componentKey(c)), amount, f.count(count), count));
    }
    return rows;
  }

  /** The waterfall: each component's bar stands on the running NPL balance it starts from. */
  static List<WalkBar> walkBars(NplWalkResult r, Formats f, ResourceBundle m) {
    List<WalkBar> bars = new ArrayList<>();
    double running = 0;
    for (WalkRow row : walk(r, f, m)) {
      Component c = row.component();
      double v = r.cents(c) / 100.0;
      String name = row.name();
      String tip =
          MessageFormat.format(m.getString("regulatory.walk.tip"), name, row.amount(), row.loans());
      if (c == Component.OPENING || c == Component.CLOSING) {
        bars.add(new WalkBar(c, name, 0, v, Tone.NONE, tip));
        running = v;
      } else if (c.sign() > 0) {
        bars.add(new WalkBar(c, name, Math.max(0, running), v, Tone.WORSE, tip));
        running += v;
      } else {
        running -= v;
        bars.add(new WalkBar(c, name, Math.max(0, running), v, Tone.BETTER, tip));
      }
    }
    return bars;
  }

  static List<BookedRow> booked(
      ClassificationChecks.Result r, String currency, Labels labels, Formats f, ResourceBundle m) {
    List<BookedRow> rows = new ArrayList<>();
    for (FiveCategory booked : FiveCategory.values()) {
      List<Cell> cells = new ArrayList<>();
      for (FiveCategory rule : FiveCategory.values()) {
        long loans = r.loans(booked, rule);
        if (loans == 0) {
          cells.add(new Cell("0", "", Tone.NONE, NONE));
          continue;
        }
        String tip =
            MessageFormat.format(
                m.getString("regulatory.booked.tip"),
                f.count(loans),
                labels.of(booked),
                labels.of(rule),
                f.money(r.cents(booked, rule), currency));
        Tone tone = booked.ordinal() < rule.ordinal() ? Tone.WORSE : Tone.NONE;
        cells.add(new Cell(f.count(loans), tip, tone, new BookedKey(booked, rule)));
      }
      rows.add(new BookedRow(labels.of(booked), cells));
    }
    return rows;
  }
}
