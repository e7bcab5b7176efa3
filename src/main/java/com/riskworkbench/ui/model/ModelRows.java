package com.riskworkbench.ui.model;

import com.riskworkbench.analysis.PsiBand;
import com.riskworkbench.analysis.ScorecardAnalysis;
import com.riskworkbench.analysis.ScorecardParams;
import com.riskworkbench.analysis.ScorecardResult;
import com.riskworkbench.analysis.ScorecardResult.Cohort;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.WorkbenchState;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Builds the Model monitoring screen's figures in the background: runs {@link ScorecardAnalysis}
 * and turns its cohorts into the tiles, table rows and chart points of {@link ModelViewModel}, with
 * the texts and the reasons a figure is a dash.
 */
final class ModelRows {
  /** A figure of a tile: its value, the line under it and, for PSI, its band (else empty). */
  record Tile(String value, String detail, Optional<PsiBand> band) {}

  /**
   * One cohort of the table and charts. The values are NaN where undefined; {@code why} says why
   * the dashes of the row are dashes (empty when none is).
   */
  record CohortRow(
      String cohort,
      String cohortText,
      boolean baseline,
      boolean mature,
      int loans,
      double badRate,
      double ks,
      double auc,
      double gini,
      double psi,
      PsiBand band,
      String loansText,
      String badRateText,
      String ksText,
      String aucText,
      String giniText,
      String psiText,
      String bandText,
      String psiTip,
      String why) {}

  /** One decile of the decile table and chart: the baseline's and the chosen cohort's. */
  record DecileRow(
      int decile,
      String scores,
      double baselineRate,
      double cohortRate,
      String baselineShareText,
      String cohortShareText,
      String baselineRateText,
      String cohortRateText,
      int cohortLoans) {}

  /** Everything the screen shows of one scope and setting. */
  record Computed(
      ScorecardResult result,
      List<CohortRow> rows,
      Tile ks,
      Tile auc,
      Tile gini,
      Tile psi,
      String caption,
      int before,
      String firstMonth) {}

  private final Formats formats;
  private final ResourceBundle messages;

  ModelRows(Formats formats, ResourceBundle messages) {
    this.formats = formats;
    this.messages = messages;
  }

  /**
   * The figures of a scope; with {@code early} false the cohorts originated before the first month
   * of data are left out of the table and charts (all counted in {@link Computed#before}): they
   * hold only the loans still on book when the data begins (methodology §16.3).
   */
  Computed compute(WorkbenchState.Scope s, ScorecardParams params, boolean early) {
    return of(ScorecardAnalysis.run(s.resolve(), params), s.portfolio().book().firstMonth(), early);
  }

  /**
   * The rows of a computed result; {@code firstMonth} is the data's first month, before which a
   * cohort was not seen from its origination (its early cohorts are counted, shown on request).
   */
  Computed of(ScorecardResult r, Optional<YearMonth> firstMonth, boolean early) {
    ScorecardParams params = r.params();
    YearMonth firstData = firstMonth.orElse(r.asOf());
    List<CohortRow> rows = new ArrayList<>();
    int before = 0;
    for (Cohort c : r.cohorts()) {
      boolean old = c.month().isBefore(firstData);
      before += old ? 1 : 0;
      if (early || !old) {
        rows.add(row(r, c));
      }
    }
    Optional<Cohort> mature = r.latestMeasured();
    String none = text("model.tile.noMature");
    Tile ks =
        mature.map(c -> tile(c, c.ks())).orElse(new Tile(Formats.NONE, none, Optional.empty()));
    Tile auc =
        mature.map(c -> tile(c, c.auc())).orElse(new Tile(Formats.NONE, none, Optional.empty()));
    Tile gini =
        mature.map(c -> tile(c, c.gini())).orElse(new Tile(Formats.NONE, none, Optional.empty()));
    Tile psi =
        r.latest()
            .map(
                c ->
                    new Tile(
                        formats.decimal(c.psi(), 3),
                        format("model.tile.psiDetail", c.cohort(), bandName(c.band())),
                        Optional.of(c.band())))
            .orElse(new Tile(Formats.NONE, "", Optional.empty()));
    String caption =
        r.cohorts().isEmpty()
            ? ""
            : format(
                "model.caption",
                params.mob(),
                params.threshold(),
                span(r),
                formats.month(r.asOf()));
    return new Computed(r, rows, ks, auc, gini, psi, caption, before, formats.month(firstData));
  }

  /** The first and last cohort of the baseline, or its one cohort. */
  private static String span(ScorecardResult r) {
    List<String> b = r.baselineCohorts();
    return b.size() == 1 ? b.get(0) : b.get(0) + " – " + b.get(b.size() - 1);
  }

  /**
   * Below this many bads a cohort's KS and AUC move a lot from chance alone (one bad more or less
   * shifts them by several points), so the tiles say so beside the figure.
   */
  static final int FEW_BADS = 20;

  private Tile tile(Cohort c, double value) {
    return new Tile(
        formats.decimal(value, 3),
        format(
            c.bads() < FEW_BADS ? "model.tile.detailFewBads" : "model.tile.detail",
            c.cohort(),
            formats.count(c.loansScored()),
            formats.count(c.bads())),
        Optional.empty());
  }

  private CohortRow row(ScorecardResult r, Cohort c) {
    int mob = r.params().mob();
    String why;
    if (!c.mature()) {
      why = format("model.why.immature", mob, formats.month(c.month().plusMonths(mob)));
    } else if (c.bads() == 0) {
      why = format("model.why.noBads", mob);
    } else if (c.bads() == c.loansScored()) {
      why = format("model.why.noGoods", mob);
    } else {
      why = "";
    }
    return new CohortRow(
        c.cohort(),
        c.baseline() ? format("model.cohort.baseline", c.cohort()) : c.cohort(),
        c.baseline(),
        c.mature(),
        c.loansScored(),
        c.badRate(),
        c.ks(),
        c.auc(),
        c.gini(),
        c.psi(),
        c.band(),
        formats.count(c.loansScored()),
        formats.percent(c.badRate(), 2),
        formats.decimal(c.ks(), 3),
        formats.decimal(c.auc(), 3),
        formats.decimal(c.gini(), 3),
        formats.decimal(c.psi(), 3),
        bandName(c.band()),
        format("model.psi.barTip", c.cohort(), formats.decimal(c.psi(), 3), bandName(c.band())),
        why);
  }

  /**
   * The ten deciles of {@code cohort} beside the baseline's: score range from the baseline's cut
   * points, share of loans and bad rate of each.
   */
  List<DecileRow> deciles(ScorecardResult r, String cohort) {
    Optional<Cohort> c = r.cohort(cohort);
    List<Integer> cuts = r.cutPoints();
    List<DecileRow> out = new ArrayList<>();
    if (c.isEmpty() || cuts.isEmpty()) {
      return out;
    }
    ScorecardResult.Deciles base = r.baseline();
    ScorecardResult.Deciles own = c.get().deciles();
    for (int d = 0; d < ScorecardResult.DECILES; d++) {
      out.add(
          new DecileRow(
              d + 1,
              scores(cuts, d),
              base.badRates().get(d),
              own.badRates().get(d),
              formats.percent(base.shares().get(d), 1),
              formats.percent(own.shares().get(d), 1),
              formats.percent(base.badRates().get(d), 2),
              formats.percent(own.badRates().get(d), 2),
              own.loans().get(d)));
    }
    return out;
  }

  /** Decile d's scores (0-based d): up to the first cut, above the last, or between two. */
  private String scores(List<Integer> cuts, int d) {
    if (d == 0) {
      return format("model.scores.upTo", cuts.get(0));
    }
    if (d == cuts.size()) {
      return format("model.scores.above", cuts.get(d - 1));
    }
    return format("model.scores.between", cuts.get(d - 1), cuts.get(d));
  }

  String bandName(PsiBand band) {
    return switch (band) {
      case STABLE -> text("model.band.stable");
      case WATCH -> text("model.band.watch");
      case SHIFTED -> text("model.band.shifted");
    };
  }

  private String format(String key, Object... args) {
    // numbers come formatted, so that MessageFormat does not group a year or a score
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return MessageFormat.format(text(key), shown);
  }

  private String text(String key) {
    return messages.getString(key);
  }
}
