package com.riskworkbench.report;

import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.analysis.CollectionsAnalysis;
import com.riskworkbench.analysis.CollectionsResult;
import com.riskworkbench.analysis.ConcentrationAnalysis;
import com.riskworkbench.analysis.ConcentrationAnalysis.ConcentrationResult;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.FlowRateAnalysis;
import com.riskworkbench.analysis.FlowRateResult;
import com.riskworkbench.analysis.FraudAnalysis;
import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.analysis.RollRateAnalysis;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.analysis.SummaryAnalysis;
import com.riskworkbench.analysis.VintageAnalysis;
import com.riskworkbench.analysis.VintageParams;
import com.riskworkbench.analysis.VintageResult;
import com.riskworkbench.analysis.WarningThresholds;
import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.Masking;
import com.riskworkbench.common.Progress;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.common.WriteFailures;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.MonthRows;
import com.riskworkbench.portfolio.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.Table;

/**
 * The Excel committee pack (DESIGN §6): Cover, Summary, Concentration, Vintage, Roll rates,
 * Collections, Fraud, Data quality, Definitions. Every figure comes from the analyses; numbers stay
 * numbers with number formats; text from data is always a string cell; personal data is masked
 * unless asked otherwise; the file is written to a temporary file beside the target and moved into
 * place, so a failure never leaves half a file.
 */
public final class CommitteePack {
  private static final String PARTIAL = ".partial";

  static final List<Dimension> CONCENTRATION_DIMENSIONS =
      List.of(
          Dimension.PRODUCT,
          Dimension.CHANNEL,
          Dimension.REGION,
          Dimension.INDUSTRY,
          Dimension.RISK_GRADE,
          Dimension.BORROWER_TYPE,
          Dimension.AGE_BAND);
  private static final int ROLL_WINDOW = 6;

  private final PackInputs in;
  private final PackLabels l;
  private XSSFWorkbook wb;
  private PackStyles styles;

  private CommitteePack(PackInputs in) {
    this.in = in;
    this.l = in.labels();
  }

  /** Writes the pack to {@code out}: all or nothing. */
  public static void write(PackInputs in, Path out, Progress progress) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder + " does not exist.");
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("The folder " + folder + " cannot be written to.");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new IOException("The file " + target + " is read-only or in use by another program.");
    }
    // Created with the user's usual permissions (createTempFile would make it private). A killed
    // export's leftover is removed by the next one; a stop (Ctrl-C, SIGTERM) removes its own.
    TempFiles.removeStale(target, PARTIAL);
    Path temp = TempFiles.sibling(target, PARTIAL);
    TempFiles.Hook cleanup = TempFiles.deleteOnStop(temp);
    try {
      try (XSSFWorkbook workbook = new CommitteePack(in).build(progress);
          OutputStream os = Files.newOutputStream(temp)) {
        progress.update(9, 10, "Writing the workbook");
        workbook.write(os);
      } catch (RuntimeException e) {
        // POI wraps a failed write (a full disk) in its own runtime exceptions
        throw new IOException(WriteFailures.innermost(e), e);
      }
      AtomicFiles.moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
      cleanup.close();
    }
  }

  XSSFWorkbook build(Progress progress) {
    wb = new XSSFWorkbook();
    styles = new PackStyles(wb);
    AnalysisScope scope = in.scope();
    var p = in.params();
    progress.update(0, 10, "Cover");
    cover();
    progress.checkCancelled();
    progress.update(1, 10, "Summary");
    summary(SummaryAnalysis.run(scope, p.buckets(), p.fiveCategory()));
    progress.update(2, 10, "Concentration");
    concentration();
    progress.checkCancelled();
    progress.update(3, 10, "Vintage");
    vintage(VintageAnalysis.run(scope, VintageParams.DEFAULT));
    progress.update(4, 10, "Roll rates");
    rollRates(
        RollRateAnalysis.run(scope, p.buckets(), ROLL_WINDOW),
        FlowRateAnalysis.run(scope, p.buckets(), 0));
    progress.checkCancelled();
    progress.update(5, 10, "Collections");
    collections(CollectionsAnalysis.run(scope));
    progress.update(6, 10, "Fraud");
    fraud(FraudAnalysis.run(scope));
    progress.update(7, 10, "Data quality");
    dataQuality(RollRateAnalysis.run(scope, p.buckets(), 0));
    progress.update(8, 10, "Definitions");
    definitions();
    return wb;
  }

  // --- sheets ---------------------------------------------------------------------------------

  private TableWriter sheet(String key) {
    XSSFSheet s = wb.createSheet(l.get("sheet." + key));
    TableWriter w = new TableWriter(s, styles, l);
    w.text(0, 0, l.get("sheet." + key), styles.title);
    w.text(
        1,
        0,
        in.scope().portfolio().name()
            + " · "
            + l.get("cover.as_of")
            + " "
            + in.scope().asOf()
            + " · "
            + l.get("cover.filters")
            + ": "
            + filters(),
        styles.subtitle);
    printSetup(s);
    return w;
  }

  private String filters() {
    return in.scope().filter().isEmpty()
        ? l.get("cover.no_filter")
        : in.scope().filter().describe();
  }

  private void printSetup(XSSFSheet s) {
    PrintSetup ps = s.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
    s.createFreezePane(0, 2);
    s.getHeader().setLeft(in.scope().portfolio().name());
    s.getHeader().setCenter("&A");
    s.getHeader().setRight(l.get("pack.confidential"));
    s.getFooter().setLeft(l.get("pack.title") + " " + in.scope().asOf());
    s.getFooter().setRight(l.get("pack.page") + " " + "&P" + " / " + "&N");
    s.setMargin(PageMargin.LEFT, 0.4);
    s.setMargin(PageMargin.RIGHT, 0.4);
  }

  private void cover() {
    TableWriter w = sheet("cover");
    w.text(0, 0, l.get("pack.title"), styles.title);
    int r = 3;
    w.field(r++, l.get("cover.portfolio"), in.scope().portfolio().name());
    w.field(r++, l.get("cover.file"), in.portfolio());
    w.field(r++, l.get("cover.sha256"), in.portfolioSha256());
    w.field(r++, l.get("cover.as_of"), in.scope().asOf().toString());
    w.field(r++, l.get("cover.filters"), filters());
    w.field(r++, l.get("cover.currency"), in.scope().portfolio().currency());
    w.field(
        r++,
        l.get("cover.generated_at"),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .format(in.generatedAt().atZone(ZoneId.systemDefault())));
    w.field(r++, l.get("cover.program_version"), "Risk Workbench " + in.programVersion());
    w.field(r++, l.get("cover.preparer"), in.preparer());
    w.field(
        r++,
        l.get("cover.personal_data"),
        in.unmasked() ? l.get("cover.unmasked") : l.get("cover.masked"));
    r += 2;
    w.text(r++, 0, l.get("cover.sign_off"), styles.subtitle);
    w.text(r, 1, l.get("cover.name"), styles.label);
    w.text(r, 2, l.get("cover.signature"), styles.label);
    w.text(r, 3, l.get("cover.date"), styles.label);
    r++;
    for (String role : List.of("cover.chair", "cover.risk", "cover.secretary")) {
      r++;
      w.text(r, 0, l.get(role), styles.label);
      for (int c = 1; c <= 3; c++) {
        w.text(r, c, "", styles.signLine);
      }
    }
    w.fitColumns(70);
    w.sheet().setColumnWidth(1, 70 * 256);
    w.sheet().setColumnWidth(2, 30 * 256);
    w.sheet().setColumnWidth(3, 20 * 256);
  }

  private void summary(SummaryAnalysis.SummaryResult s) {
    TableWriter w = sheet("summary");
    int r = 3;
    w.text(r, 0, l.get("summary.metric"), styles.header);
    w.text(r, 1, in.scope().asOf().toString(), styles.header);
    w.text(
        r,
        2,
        s.previousMonth()
            .map(p -> com.riskworkbench.portfolio.book.Months.of(p.month()).toString())
            .orElse(l.get("summary.previous")),
        styles.header);
    w.text(r, 3, l.get("summary.change"), styles.header);
    r++;
    var now = s.asOf();
    var prev = s.previousMonth();
    r = keyFigure(w, r, "loans", now.loans(), prev.map(x -> (double) x.loans()), styles.count);
    r =
        keyFigure(
            w,
            r,
            "outstanding",
            now.outstandingCents() / 100.0,
            prev.map(x -> x.outstandingCents() / 100.0),
            styles.amount);
    r =
        keyFigure(
            w, r, "par30_ratio", now.par30Ratio(), prev.map(x -> x.par30Ratio()), styles.ratio);
    r = keyFigure(w, r, "npl_ratio", now.nplRatio(), prev.map(x -> x.nplRatio()), styles.ratio);
    r += 1;
    w.text(r++, 0, l.get("summary.five_category") + " (" + s.rule().name() + ")", styles.subtitle);
    r = w.table(r, 0, SummaryAnalysis.SummaryResult.fiveCategoryTable(now)) + 1;
    w.text(r++, 0, l.get("summary.buckets"), styles.subtitle);
    r = w.table(r, 0, s.bucketTable()) + 1;
    w.text(r++, 0, l.get("summary.warnings"), styles.subtitle);
    var warnings =
        EarlyWarnings.run(
            in.scope(),
            in.params().buckets(),
            in.params().fiveCategory(),
            in.params().limits(),
            WarningThresholds.DEFAULT);
    int first = r + 1;
    r = w.table(r, 0, warnings.rows());
    for (int i = 0; i < warnings.indicators().size(); i++) {
      XSSFCellStyle fill =
          switch (warnings.indicators().get(i).status()) {
            case GREEN -> styles.green;
            case AMBER -> styles.amber;
            case RED -> styles.red;
            case NOT_AVAILABLE -> styles.grey;
          };
      w.row(first + i).getCell(5).setCellStyle(fill);
      var indicator = warnings.indicators().get(i);
      String name =
          indicator.indicator().replaceFirst("^current_to_.*_roll_rate$", "current_roll_rate");
      w.text(first + i, 0, l.get("indicator." + name), styles.text);
      String rule = l.get("rule." + name);
      w.text(first + i, 6, rule.startsWith("Rule.") ? indicator.rule() : rule, styles.wrapped);
    }
    w.sheet().setColumnWidth(6, 70 * 256);
    w.fitColumns(60);
    w.sheet().setColumnWidth(6, 70 * 256);
    for (int i = 0; i < warnings.indicators().size(); i++) {
      w.fitHeight(first + i);
    }
  }

  private int keyFigure(
      TableWriter w,
      int r,
      String key,
      double now,
      java.util.Optional<Double> prev,
      XSSFCellStyle style) {
    w.text(r, 0, l.get(key), styles.text);
    w.number(r, 1, now, style);
    w.number(r, 2, prev.orElse(Double.NaN), style);
    w.number(r, 3, prev.map(p -> now - p).orElse(Double.NaN), style);
    return r + 1;
  }

  private void concentration() {
    TableWriter w = sheet("concentration");
    int r = 3;
    // Limit breaches depend on borrowers' exposure only, so every dimension's result carries the
    // same list: take it from the last one rather than run a by-borrower analysis again.
    ConcentrationResult last = null;
    int chartRow = -1;
    int chartLast = -1;
    for (Dimension d : CONCENTRATION_DIMENSIONS) {
      ConcentrationResult c =
          ConcentrationAnalysis.run(
              in.scope(), d, in.params().fiveCategory(), in.params().limits());
      last = c;
      w.text(r++, 0, l.get("dimension." + d.cliName()), styles.subtitle);
      w.text(r, 0, l.get("total_exposure"), styles.label);
      w.number(r, 1, c.totalExposureCents() / 100.0, styles.amount);
      w.text(r, 2, "HHI", styles.label);
      w.number(r, 3, c.hhi(), styles.decimal);
      w.text(r, 4, "HHI × 10,000", styles.label);
      w.number(r, 5, c.hhi() * 10_000, styles.count);
      w.text(r, 6, l.get("effective_number"), styles.label);
      w.number(r++, 7, c.effectiveNumber(), styles.decimal);
      w.text(r, 0, l.get("top1_share"), styles.label);
      w.number(r, 1, c.topShare(1), styles.ratio);
      w.text(r, 2, l.get("top5_share"), styles.label);
      w.number(r, 3, c.topShare(5), styles.ratio);
      w.text(r, 4, l.get("top10_share"), styles.label);
      w.number(r++, 5, c.topShare(10), styles.ratio);
      int header = r;
      r = w.table(r, 0, c.rows());
      if (d == Dimension.CHANNEL && c.segments().size() > 0) {
        chartRow = header;
        chartLast = r - 1;
      }
      r++;
    }
    w.text(r++, 0, l.get("concentration.breaches"), styles.subtitle);
    r = w.table(r, 0, last.breachTable()) + 1;
    w.fitColumns(40);
    if (chartRow >= 0) {
      PackCharts.bar(
          w.sheet(),
          l.get("concentration.chart_title"),
          l.get("dimension.channel"),
          l.get("share"),
          new CellRangeAddress(chartRow + 1, chartLast, 0, 0),
          new CellRangeAddress(chartRow + 1, chartLast, 3, 3),
          9,
          3,
          17,
          22);
    }
  }

  private void vintage(VintageResult v) {
    TableWriter w = sheet("vintage");
    w.text(
        2,
        0,
        l.get("vintage.caption").replace("{threshold}", Integer.toString(v.params().threshold())),
        null);
    int r = 3;
    // Cohorts originated before the first month of data were never observed at their first
    // months on book: the committee sees only cohorts fully observed from MOB 0.
    String firstMonth = in.scope().portfolio().firstMonth().map(Object::toString).orElse("");
    List<String> cohorts = v.cohorts().stream().filter(c -> c.compareTo(firstMonth) >= 0).toList();
    int maxMob = 0;
    for (String c : cohorts) {
      maxMob = Math.max(maxMob, v.maxMob(c).orElse(0));
    }
    w.text(r, 0, l.get("cohort"), styles.header);
    w.text(r, 1, l.get("loans"), styles.header);
    w.text(r, 2, l.get("principal"), styles.header);
    for (int k = 0; k <= maxMob; k++) {
      w.text(r, 3 + k, "MOB " + k, styles.header);
    }
    int first = r + 1;
    for (String c : cohorts) {
      r++;
      w.text(r, 0, c, styles.text);
      var cell0 = v.cell(c, 0);
      w.number(r, 1, cell0.map(x -> (double) x.loans()).orElse(Double.NaN), styles.count);
      w.number(r, 2, cell0.map(x -> x.principalCents() / 100.0).orElse(Double.NaN), styles.amount);
      for (int k = 0; k <= maxMob; k++) {
        OptionalDouble rate = v.rate(c, k);
        w.number(r, 3 + k, rate.isPresent() ? rate.getAsDouble() : Double.NaN, styles.ratio);
      }
    }
    int last = r;
    w.fitColumns(14);
    w.sheet().setColumnWidth(2, 16 * 256);
    for (int k = 0; k <= maxMob; k++) {
      w.sheet().setColumnWidth(3 + k, 7 * 256);
    }
    w.sheet().createFreezePane(3, 4);
    if (last >= first) {
      PackCharts.colourScale(w.sheet(), new CellRangeAddress(first, last, 3, 3 + maxMob));
      // Curves of up to eight recent cohorts with at least two months on book.
      List<Integer> rows = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = cohorts.size() - 1; i >= 0 && rows.size() < 8; i--) {
        OptionalInt m = v.maxMob(cohorts.get(i));
        if (m.isPresent() && m.getAsInt() >= 2) {
          rows.add(0, first + i);
          names.add(0, cohorts.get(i));
        }
      }
      int chartTop = last + 2;
      int lastColumn = 3 + maxMob;
      PackCharts.lines(
          w.sheet(),
          l.get("vintage.chart_title")
              .replace("{threshold}", Integer.toString(v.params().threshold())),
          l.get("vintage.mob"),
          l.get("vintage.rate"),
          new CellRangeAddress(3, 3, 3, lastColumn),
          rows.stream().map(row -> new CellRangeAddress(row, row, 3, lastColumn)).toList(),
          names,
          0,
          chartTop,
          Math.min(3 + maxMob, 24),
          chartTop + 24);
    }
  }

  private void rollRates(RollRateResult roll, FlowRateResult flow) {
    TableWriter w = sheet("roll");
    w.text(
        2,
        0,
        l.get("roll.caption").replace("{window}", Integer.toString(roll.window()))
            + " "
            + roll.months().stream().findFirst().map(Object::toString).orElse("")
            + " – "
            + in.scope().asOf(),
        null);
    int r = 4;
    r = matrix(w, r, roll, "roll.count_matrix", false, false);
    r = matrix(w, r, roll, "roll.count_share_matrix", false, true);
    r = matrix(w, r, roll, "roll.balance_matrix", true, false);
    r = matrix(w, r, roll, "roll.balance_share_matrix", true, true);
    w.text(r++, 0, l.get("roll.rates"), styles.subtitle);
    r = w.table(r, 0, (Table) roll.extras().get("rates")) + 1;

    w.text(r++, 0, l.get("roll.flow"), styles.subtitle);
    List<String> buckets = flow.buckets();
    w.text(r, 0, l.get("month"), styles.header);
    for (int b = 1; b < buckets.size(); b++) {
      w.text(r, b, l.get("value." + buckets.get(b)), styles.header);
    }
    int header = r;
    for (var m : flow.months()) {
      r++;
      w.text(r, 0, m.toString(), styles.text);
      for (int b = 1; b < buckets.size(); b++) {
        OptionalDouble f = flow.flowRate(m, buckets.get(b));
        w.number(r, b, f.isPresent() ? f.getAsDouble() : Double.NaN, styles.ratio);
      }
    }
    w.fitColumns(16);
    w.sheet().setColumnWidth(0, 16 * 256);
    if (r > header) {
      List<CellRangeAddress> series = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int b = 1;
          b < buckets.size() - 1;
          b++) { // the open-ended last bucket would dwarf the rest
        series.add(new CellRangeAddress(header + 1, r, b, b));
        names.add(l.get("value." + buckets.get(b)));
      }
      PackCharts.lines(
          w.sheet(),
          l.get("roll.flow_chart_title"),
          l.get("month"),
          l.get("flow_rate"),
          new CellRangeAddress(header + 1, r, 0, 0),
          series,
          names,
          buckets.size() + 1,
          header,
          buckets.size() + 13,
          header + 22);
    }
  }

  private int matrix(
      TableWriter w, int r, RollRateResult roll, String key, boolean balance, boolean share) {
    w.text(r++, 0, l.get(key), styles.subtitle);
    List<String> from = roll.fromStates();
    List<String> to = roll.toStates();
    w.text(r, 0, l.get("roll.from_to"), styles.header);
    for (int j = 0; j < to.size(); j++) {
      w.text(r, 1 + j, l.get("value." + to.get(j)), styles.header);
    }
    int first = r + 1;
    for (String f : from) {
      r++;
      w.text(r, 0, l.get("value." + f), styles.text);
      for (int j = 0; j < to.size(); j++) {
        double v;
        if (share) {
          OptionalDouble s =
              balance ? roll.balanceShare(f, to.get(j)) : roll.loanShare(f, to.get(j));
          v = s.isPresent() ? s.getAsDouble() : Double.NaN;
        } else {
          v = balance ? roll.balanceCents(f, to.get(j)) / 100.0 : roll.loans(f, to.get(j));
        }
        w.number(r, 1 + j, v, share ? styles.ratio : balance ? styles.amount : styles.count);
      }
    }
    if (share) {
      PackCharts.colourScale(w.sheet(), new CellRangeAddress(first, r, 1, to.size()));
    }
    return r + 2;
  }

  private void collections(CollectionsResult c) {
    TableWriter w = sheet("collections");
    int r = 3;
    w.text(r++, 0, l.get("collections.by_type"), styles.subtitle);
    r = w.table(r, 0, (Table) c.extras().get("by_action_type")) + 1;
    w.text(r++, 0, l.get("collections.recoveries"), styles.subtitle);
    r = w.table(r, 0, (Table) c.extras().get("recoveries_by_cohort")) + 1;
    w.text(r++, 0, l.get("collections.by_month"), styles.subtitle);
    w.table(r, 0, c.rows());
    w.fitColumns(24);
  }

  private void fraud(FraudResult f) {
    TableWriter w = sheet("fraud");
    int r = 3;
    w.text(r++, 0, l.get("fraud.by_type_status"), styles.subtitle);
    r = w.table(r, 0, f.rows()) + 1;
    w.text(r++, 0, l.get("fraud.by_channel"), styles.subtitle);
    r = w.table(r, 0, (Table) f.extras().get("by_channel")) + 1;
    w.text(r++, 0, l.get("fraud.by_root_cause"), styles.subtitle);
    r = w.table(r, 0, (Table) f.extras().get("by_root_cause")) + 1;
    w.text(r++, 0, l.get("fraud.days_to_report"), styles.subtitle);
    r = w.table(r, 0, (Table) f.extras().get("days_to_report")) + 1;
    w.text(r++, 0, l.get("fraud.confirmed_by_channel"), styles.subtitle);
    r = w.table(r, 0, (Table) f.extras().get("confirmed_rate_by_channel")) + 1;
    w.text(
        r++,
        0,
        l.get("fraud.case_list") + (in.unmasked() ? "" : " (" + l.get("cover.masked") + ")"),
        styles.subtitle);
    String[] columns = {
      "case_id",
      "reported_date",
      "fraud_type",
      "detection_channel",
      "status",
      "loan_id",
      "borrower_id",
      "borrower_name",
      "id_number",
      "exposure",
      "loss",
      "recovered",
      "root_cause",
      "summary"
    };
    for (int c = 0; c < columns.length; c++) {
      w.text(r, c, l.get(columns[c]), styles.header);
    }
    // Exactly the cases the tables above count: in scope of the filter and reported by the as-of
    // month. A filtered pack must not list (or reveal the borrowers of) other segments' cases.
    List<FraudCase> cases = new ArrayList<>();
    for (FraudResult.TypeStatusCell cell : f.cells()) {
      cases.addAll(f.casesBehind(cell.fraudType(), cell.status()));
    }
    cases.sort(java.util.Comparator.comparing(FraudCase::caseId));
    for (FraudCase fc : cases) {
      r++;
      PersonalData id = fc.borrowerId().map(in.identities()::get).orElse(null);
      String name = id == null ? "" : id.name().orElse("");
      String number = id == null ? "" : id.idNumber().orElse("");
      if (!in.unmasked()) {
        name = Masking.name(name);
        number = Masking.idNumber(number);
      }
      w.text(r, 0, fc.caseId(), styles.text);
      w.text(r, 1, fc.reportedDate().toString(), styles.text);
      w.text(r, 2, l.get("value." + fc.fraudType().name()), styles.text);
      w.text(r, 3, l.get("value." + fc.detectionChannel().name()), styles.text);
      w.text(r, 4, l.get("value." + fc.status().name()), styles.text);
      w.text(r, 5, fc.loanId().orElse(""), styles.text);
      w.text(r, 6, fc.borrowerId().orElse(""), styles.text);
      w.text(r, 7, name, styles.text);
      w.text(r, 8, number, styles.text);
      w.number(r, 9, fc.exposureCents() / 100.0, styles.amount);
      w.number(r, 10, fc.lossCents() / 100.0, styles.amount);
      w.number(r, 11, fc.recoveredCents() / 100.0, styles.amount);
      w.text(r, 12, fc.rootCause().orElse(""), styles.text);
      w.text(r, 13, fc.summary().orElse(""), styles.wrapped);
    }
    w.fitColumns(28);
    w.sheet().setColumnWidth(13, 45 * 256);
  }

  private void dataQuality(RollRateResult allMonths) {
    TableWriter w = sheet("data_quality");
    int r = 3;
    var dq = in.dataQuality();
    w.text(r++, 0, l.get("dq.findings"), styles.subtitle);
    w.text(r, 0, l.get("dq.kind"), styles.header);
    w.text(r, 1, l.get("dq.count"), styles.header);
    w.text(r, 2, l.get("dq.meaning"), styles.header);
    for (var kind : com.riskworkbench.portfolio.FindingKind.values()) {
      r++;
      w.text(r, 0, kind.name(), styles.text);
      w.number(r, 1, dq.counts().getOrDefault(kind, 0), styles.count);
      w.text(r, 2, l.get("dq." + kind.name()), styles.text);
    }
    r++;
    long missing = 0;
    for (String from : allMonths.fromStates()) {
      missing += allMonths.loans(from, RollRateResult.MISSING);
    }
    r++;
    w.field(r++, l.get("dq.missing_transitions"), missing, styles.count);
    r++;
    w.text(r++, 0, l.get("dq.months"), styles.subtitle);
    w.text(r, 0, l.get("month"), styles.header);
    w.text(r, 1, l.get("dq.loan_rows"), styles.header);
    w.text(r, 2, l.get("dq.active_loans"), styles.header);
    for (MonthRows m : dq.months()) {
      r++;
      w.text(r, 0, m.month().toString(), styles.text);
      w.number(r, 1, m.loanRows(), styles.count);
      w.number(r, 2, m.activeLoans(), styles.count);
    }
    r += 2;
    w.text(
        r++,
        0,
        l.get("dq.first_findings").replace("{n}", Integer.toString(dq.first().size())),
        styles.subtitle);
    w.text(r, 0, l.get("dq.kind"), styles.header);
    w.text(r, 1, l.get("loan_id"), styles.header);
    w.text(r, 2, l.get("dq.detail"), styles.header);
    for (var f : dq.first()) {
      r++;
      w.text(r, 0, f.kind().name(), styles.text);
      w.text(r, 1, f.loanId().orElse(""), styles.text);
      w.text(r, 2, f.detail(), styles.text);
    }
    w.fitColumns(60);
  }

  private static String thresholds(WarningThresholds t) {
    return String.format(
        java.util.Locale.ROOT,
        "PAR30 %.1f %% / %.1f %%; PAR30 change %.1f / %.1f pp; NPL %.1f %% / %.1f %%;"
            + " current→1-29 %.1f %% / %.1f %%; largest share %.0f %% / %.0f %%; HHI %.2f / %.2f;"
            + " breaches %d / %d; cohort %.1f× / %.1f× from MOB %d, %d+ loans",
        t.par30Amber() * 100,
        t.par30Red() * 100,
        t.par30ChangeAmber() * 100,
        t.par30ChangeRed() * 100,
        t.nplAmber() * 100,
        t.nplRed() * 100,
        t.currentToDpd1Amber() * 100,
        t.currentToDpd1Red() * 100,
        t.largestShareAmber() * 100,
        t.largestShareRed() * 100,
        t.hhiAmber(),
        t.hhiRed(),
        t.breachesAmber(),
        t.breachesRed(),
        t.cohortFactorAmber(),
        t.cohortFactorRed(),
        t.cohortMinMob(),
        t.cohortMinLoans());
  }

  private void definitions() {
    TableWriter w = sheet("definitions");
    int r = 3;
    w.text(r, 0, l.get("def.metric"), styles.header);
    w.text(r, 1, l.get("def.definition"), styles.header);
    w.text(r, 2, l.get("def.parameters"), styles.header);
    var p = in.params();
    Map<String, String> parameters =
        Map.ofEntries(
            Map.entry("as_of", in.scope().asOf().toString()),
            Map.entry("filters", filters()),
            Map.entry(
                "buckets",
                p.buckets().describe() + " → " + String.join(", ", p.buckets().labels())),
            Map.entry("five_category", p.fiveCategory().describe()),
            Map.entry("par30", "30"),
            Map.entry("npl", p.fiveCategory().name()),
            Map.entry(
                "concentration",
                String.join(
                    ", ", CONCENTRATION_DIMENSIONS.stream().map(Dimension::cliName).toList())),
            Map.entry("hhi", ""),
            Map.entry(
                "limits",
                String.format(
                    java.util.Locale.ROOT,
                    "%,.2f / %,.2f / %.0f %%",
                    p.limits().consumerLimitCents() / 100.0,
                    p.limits().businessLimitCents() / 100.0,
                    p.limits().netAssetsShare() * 100)),
            Map.entry(
                "vintage",
                "X = "
                    + VintageParams.DEFAULT.threshold()
                    + ", "
                    + VintageParams.DEFAULT.weight().cliName()
                    + ", "
                    + VintageParams.DEFAULT.cohortPeriod().cliName()),
            Map.entry("roll", "W = " + ROLL_WINDOW),
            Map.entry("flow", ""),
            Map.entry("collections", ""),
            Map.entry("fraud", ""),
            Map.entry("warnings", thresholds(WarningThresholds.DEFAULT)),
            Map.entry("masking", in.unmasked() ? l.get("cover.unmasked") : l.get("cover.masked")));
    for (String key :
        List.of(
            "as_of",
            "filters",
            "buckets",
            "five_category",
            "par30",
            "npl",
            "concentration",
            "hhi",
            "limits",
            "vintage",
            "roll",
            "flow",
            "collections",
            "fraud",
            "warnings",
            "masking")) {
      r++;
      w.text(r, 0, l.get("def." + key), styles.wrapped);
      w.text(r, 1, l.get("def." + key + ".text"), styles.wrapped);
      w.text(r, 2, parameters.get(key), styles.wrapped);
    }
    w.sheet().setColumnWidth(0, 24 * 256);
    w.sheet().setColumnWidth(1, 90 * 256);
    w.sheet().setColumnWidth(2, 40 * 256);
    for (int row = 4; row <= r; row++) {
      w.fitHeight(row);
    }
  }
}
