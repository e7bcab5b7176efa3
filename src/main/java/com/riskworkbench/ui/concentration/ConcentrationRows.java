package com.riskworkbench.ui.concentration;

import com.riskworkbench.analysis.ConcentrationAnalysis.Breach;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.ConcentrationAnalysis.Segment;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.Bar;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.BreachRow;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.SegmentRow;
import com.riskworkbench.ui.concentration.ConcentrationViewModel.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

/** The Concentration screen's rows: the limit breaches as texts, and the segments in order. */
final class ConcentrationRows {
  private ConcentrationRows() {}

  /** The segments of {@code result} by exposure, ranked from 1, with their labels. */
  static SegmentRow[] segments(ConcentrationResult result, Labels labels) {
    List<Segment> segments = result.segments();
    SegmentRow[] rows = new SegmentRow[segments.size()];
    for (int i = 0; i < rows.length; i++) {
      Segment seg = segments.get(i);
      rows[i] = new SegmentRow(i + 1, labels.segment(result.dimension(), seg.key()), seg);
    }
    return rows;
  }

  /** The chart's bars: the first {@code n} segments' shares in percent. */
  static List<Bar> bars(SegmentRow[] rows, int n) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < Math.min(n, rows.length); i++) {
      double share = rows[i].segment().share();
      bars.add(new Bar(rows[i].label(), Double.isNaN(share) ? 0 : share * 100));
    }
    return bars;
  }

  /** The single-borrower limit breaches of {@code result}, as the table shows them. */
  static List<BreachRow> breaches(
      ConcentrationResult result, Formats formats, Labels labels, ResourceBundle messages) {
    List<BreachRow> rows = new ArrayList<>();
    for (Breach b : result.breaches()) {
      rows.add(
          new BreachRow(
              b.borrowerId(),
              labels.of(b.type()),
              formats.amount(b.exposureCents() / 100.0),
              // Limits are whole amounts set by the rules: no cents, so that the column stays
              // narrow.
              b.limitCents() % 100 == 0
                  ? formats.decimal(b.limitCents() / 100.0, 0)
                  : formats.amount(b.limitCents() / 100.0),
              ruleLabel(b.rule(), messages)));
    }
    return rows;
  }

  private static String ruleLabel(String rule, ResourceBundle messages) {
    return switch (rule) {
      case "consumer loans per borrower" -> messages.getString("concentration.limitConsumer");
      case "business loans per borrower" -> messages.getString("concentration.limitBusiness");
      case "share of net assets" -> messages.getString("concentration.limitNetAssets");
      default -> rule;
    };
  }

  static List<SegmentRow> sorted(SegmentRow[] rows, SortKey key, boolean up) {
    SegmentRow[] copy = rows.clone();
    Comparator<SegmentRow> c = comparator(key);
    Arrays.parallelSort(copy, (up ? c : c.reversed()).thenComparingInt(SegmentRow::rank));
    return Arrays.asList(copy);
  }

  private static Comparator<SegmentRow> comparator(SortKey key) {
    return switch (key) {
      case RANK -> Comparator.comparingInt(SegmentRow::rank);
      case SEGMENT -> Comparator.comparing(SegmentRow::label);
      case LOANS -> Comparator.comparingInt(r -> r.segment().loans());
      case EXPOSURE -> Comparator.comparingLong(r -> r.segment().exposureCents());
      case SHARE -> Comparator.comparingDouble(r -> r.segment().share());
      case PAR30 -> Comparator.comparingDouble(r -> r.segment().par30Ratio());
      case NPL -> Comparator.comparingDouble(r -> r.segment().nplRatio());
      case RATE -> Comparator.comparingDouble(r -> r.segment().averageRate());
    };
  }
}
