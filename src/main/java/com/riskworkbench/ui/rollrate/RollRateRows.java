package com.riskworkbench.ui.rollrate;

import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.rollrate.RollRateViewModel.Direction;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowPoint;
import com.riskworkbench.ui.rollrate.RollRateViewModel.FlowSeries;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixCell;
import com.riskworkbench.ui.rollrate.RollRateViewModel.MatrixRow;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The roll-rate matrix as the screen shows it: a row per from-state, by count and by balance. */
record RollRateRows(List<MatrixRow> byCount, List<MatrixRow> byBalance) {

  static RollRateRows of(
      RollRateResult r, String currency, RollRateTexts texts, Formats formats, Labels labels) {
    List<MatrixRow> byCount = new ArrayList<>();
    List<MatrixRow> byBalance = new ArrayList<>();
    for (String from : r.fromStates()) {
      List<MatrixCell> countCells = new ArrayList<>();
      List<MatrixCell> balanceCells = new ArrayList<>();
      for (String to : r.toStates()) {
        String tooltip = texts.cellTooltip(r, from, to, currency);
        Direction d = direction(r, from, to);
        long n = r.loans(from, to);
        int loans = (int) r.distinctLoans(from, to);
        double byLoans = value(r.loanShare(from, to));
        double byCents = value(r.balanceShare(from, to));
        countCells.add(
            new MatrixCell(from, to, d, byLoans, formats.percent(byLoans), tooltip, n, loans));
        balanceCells.add(
            new MatrixCell(from, to, d, byCents, formats.percent(byCents), tooltip, n, loans));
      }
      String label = labels.state(from);
      byCount.add(
          new MatrixRow(
              from,
              label,
              formats.count(r.loansFrom(from)),
              List.copyOf(countCells),
              formats.percent(value(r.rollForwardLoanRate(from))),
              formats.percent(value(r.cureLoanRate(from)))));
      byBalance.add(
          new MatrixRow(
              from,
              label,
              formats.amount(r.balanceCentsFrom(from) / 100.0),
              List.copyOf(balanceCells),
              formats.percent(value(r.rollForwardBalanceRate(from))),
              formats.percent(value(r.cureBalanceRate(from)))));
    }
    return new RollRateRows(List.copyOf(byCount), List.copyOf(byBalance));
  }

  private static Direction direction(RollRateResult r, String from, String to) {
    if (to.equals(RollRateResult.MISSING)) {
      return Direction.MISSING;
    }
    if (to.equals(RollRateResult.PAID_OFF)) {
      return Direction.BETTER;
    }
    if (to.equals(RollRateResult.CHARGED_OFF)) {
      return Direction.WORSE;
    }
    int f = r.fromStates().indexOf(from);
    int t = r.fromStates().indexOf(to);
    return t == f ? Direction.SAME : t < f ? Direction.BETTER : Direction.WORSE;
  }

  /**
   * The flow-rate series of every bucket (the last, the write-off bucket, only with {@code
   * showLast}), each point with its hover text made from {@code pointText}.
   */
  static List<FlowSeries> flows(
      FlowRateResult f, boolean showLast, String pointText, Formats formats, Labels labels) {
    List<String> buckets = f.buckets();
    int count = showLast ? buckets.size() : buckets.size() - 1;
    List<FlowSeries> out = new ArrayList<>();
    for (String bucket : buckets.subList(0, Math.max(0, count))) {
      List<FlowPoint> points = new ArrayList<>();
      int b = buckets.indexOf(bucket);
      for (YearMonth m : f.months()) {
        double rate = value(f.flowRate(m, bucket));
        // flow rate = balance in the bucket this month / balance in the bucket before, last month
        long numerator = f.balanceCents(m, bucket);
        long denominator = b > 0 ? f.balanceCents(m.minusMonths(1), buckets.get(b - 1)) : 0;
        String tip =
            MessageFormat.format(
                pointText,
                labels.state(bucket),
                formats.month(m),
                formats.percent(rate, 1),
                formats.amount(numerator / 100.0),
                formats.amount(denominator / 100.0));
        points.add(
            new FlowPoint(
                formats.month(m), rate, Math.min(rate, RollRateViewModel.FLOW_CLIP), tip));
      }
      out.add(new FlowSeries(bucket, labels.state(bucket), List.copyOf(points)));
    }
    return out;
  }

  private static double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : Double.NaN;
  }
}
