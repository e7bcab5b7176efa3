package com.riskworkbench.ui.rollrate;

import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Labels;
import java.text.MessageFormat;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/** The roll-rate screen's longer texts, made from a result for the view model. */
final class RollRateTexts {
  private final ResourceBundle messages;
  private final Labels labels;
  private final Formats formats;

  RollRateTexts(ResourceBundle messages, Labels labels, Formats formats) {
    this.messages = messages;
    this.labels = labels;
    this.formats = formats;
  }

  /** A matrix cell's hover: counts, balances, the share's intervals, how to list the loans. */
  String cellTooltip(RollRateResult r, String from, String to, String currency) {
    long n = r.loans(from, to);
    long loans = r.distinctLoans(from, to);
    StringBuilder b =
        new StringBuilder(
            MessageFormat.format(
                text("rollrate.cell"),
                labels.state(from),
                labels.state(to),
                formats.count(n),
                formats.count(r.loansFrom(from)),
                formats.percent(value(r.loanShare(from, to))),
                formats.money(r.balanceCents(from, to), currency),
                formats.money(r.balanceCentsFrom(from), currency),
                formats.percent(value(r.balanceShare(from, to))),
                formats.count(loans)));
    double[] i = r.loanShareIntervals(from, to);
    if (!Double.isNaN(i[0])) {
      b.append('\n')
          .append(
              MessageFormat.format(
                  text("rollrate.cell.interval"),
                  formats.percent(i[0]),
                  formats.percent(i[1]),
                  formats.percent(i[2]),
                  formats.percent(i[3])));
    }
    if (loans < n) {
      b.append('\n').append(text("rollrate.cell.repeat"));
    }
    b.append('\n')
        .append(
            loans == 0
                ? text("rollrate.cell.none")
                : MessageFormat.format(text("rollrate.cell.click"), formats.count(loans)));
    return b.toString();
  }

  private String text(String key) {
    return messages.getString(key);
  }

  private static double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : Double.NaN;
  }

  /** The window of a matrix: its one month, or its first and last months and how many. */
  String window(java.util.List<java.time.YearMonth> months) {
    if (months.isEmpty()) {
      return "";
    }
    return months.size() == 1
        ? MessageFormat.format(
            messages.getString("rollrate.window.month"), formats.month(months.get(0)))
        : MessageFormat.format(
            messages.getString("rollrate.window.months"),
            formats.month(months.get(0)),
            formats.month(months.get(months.size() - 1)),
            formats.count(months.size()));
  }
}
