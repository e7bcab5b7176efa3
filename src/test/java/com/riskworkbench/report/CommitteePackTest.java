package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.app.cli.CliTestAccess;
import com.riskworkbench.app.files.AppDirs;
import com.riskworkbench.common.FileHashes;
import com.riskworkbench.portfolio.tape.Tapes;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes packs of a small hand-built portfolio through {@code report} and reads them back. */
class CommitteePackTest {
  @TempDir static Path temp;
  static Path book;

  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
  static final String CMD = "+cmd|' /C calc'!A0";
  static final String SUM = "@SUM(1+1)";

  @BeforeAll
  static void hostileBook() throws Exception {
    Map<String, String> files = Tapes.valid();
    // L2 (borrower B2) is the loan still ACTIVE at the as-of month 2025-03, so its segments show.
    files.put(
        "borrowers.csv",
        Tapes.BORROWERS.replace(",Zhejiang,,Retail,", ",\"" + CMD + "\",,\"" + SUM + "\","));
    files.put(
        "loans.csv",
        Tapes.LOANS.replace(
            "L2,B2,Business loan,Branch,",
            "L2,B2,-2+3,\"" + HYPERLINK.replace("\"", "\"\"") + "\","));
    Path tape = Tapes.write(temp.resolve("tape"), files);
    book = temp.resolve("book.mv.db");
    CliTestAccess.Result r =
        CliTestAccess.run("import", "--from", tape.toString(), "--out", book.toString());
    assertThat(r.status()).as(r.err()).isZero();
  }

  static XSSFWorkbook read(Path pack) throws Exception {
    try (InputStream in = Files.newInputStream(pack)) {
      return new XSSFWorkbook(in);
    }
  }

  static List<Cell> cells(XSSFWorkbook wb) {
    List<Cell> out = new ArrayList<>();
    for (Sheet s : wb) {
      for (Row row : s) {
        row.forEach(out::add);
      }
    }
    return out;
  }

  static Path pack(String name, String... extra) {
    Path out = temp.resolve(name);
    List<String> args =
        new ArrayList<>(List.of("report", "--portfolio", book.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    CliTestAccess.Result r = CliTestAccess.run(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    return out;
  }

  @Test
  void everySheetIsPresentInOrder() throws Exception {
    try (XSSFWorkbook wb = read(pack("order.xlsx"))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Cover",
              "Summary",
              "Concentration",
              "Lorenz, groups, co-lending",
              "Vintage",
              "Roll rates",
              "Provisions",
              "Forecast",
              "Migration & NPL",
              "Collections",
              "Fraud",
              "Model monitoring",
              "Data quality",
              "Definitions");
    }
  }

  @Test
  void chineseLabelsFollowLangZh() throws Exception {
    try (XSSFWorkbook wb = read(pack("zh.xlsx", "--lang", "zh"))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("封面");
      assertThat(wb.getSheetAt(3).getSheetName()).isEqualTo("洛伦兹曲线、集团与联合贷款");
      assertThat(wb.getSheetAt(4).getSheetName()).isEqualTo("账龄分析");
    }
  }

  /**
   * The Summary sheet's early warnings end with the score PSI: only B1 (700) is scored, so the one
   * scored cohort, 2025-01, holds one loan — fewer than the 30 the warning needs: n/a, no cohort
   * named, the thresholds and the rule still shown.
   */
  @Test
  void scorePsiIsAnEarlyWarningOfTheSummarySheet() throws Exception {
    try (XSSFWorkbook wb = read(pack("psi.xlsx"));
        XSSFWorkbook zh = read(pack("psi-zh.xlsx", "--lang", "zh"))) {
      var psi = rowStartingWith(wb.getSheet("Summary"), "Score stability (PSI)");
      assertThat(psi.getCell(1).getStringCellValue()).isEmpty();
      assertThat(psi.getCell(3).getNumericCellValue()).isEqualTo(0.10);
      assertThat(psi.getCell(4).getNumericCellValue()).isEqualTo(0.25);
      assertThat(psi.getCell(5).getStringCellValue()).isEqualTo("n/a");
      assertThat(psi.getCell(6).getStringCellValue()).contains("cohorts of 30+ scored loans");
      assertThat(psi.getCell(6).getStringCellValue()).contains("red above 0.25 (shifted)");
      var zhPsi = rowStartingWith(zh.getSheetAt(1), "评分稳定性（PSI）");
      assertThat(zhPsi.getCell(6).getStringCellValue()).contains("高于0.25为红灯");
    }
  }

  @Test
  void coverNamesTheFileByItsSha256() throws Exception {
    try (XSSFWorkbook wb = read(pack("cover.xlsx"))) {
      Sheet cover = wb.getSheet("Cover");
      String sha = null;
      for (Row row : cover) {
        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("File SHA-256")) {
          sha = row.getCell(1).getStringCellValue();
        }
      }
      assertThat(sha).isEqualTo(FileHashes.sha256(book));
    }
  }

  @Test
  void keyFiguresEqualTheAnalysis() throws Exception {
    try (XSSFWorkbook wb = read(pack("figures.xlsx"))) {
      Sheet summary = wb.getSheet("Summary");
      // The period table opens the sheet. As of 2025-03 only L2 is ACTIVE, with 490,000.10.
      var loans = rowStartingWith(summary, "Loans");
      var outstanding = rowStartingWith(summary, "Outstanding balance");
      assertThat(loans.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(outstanding.getCell(1).getNumericCellValue()).isEqualTo(490_000.10);
      assertThat(outstanding.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      // 2025-02: L1 11,100.50 + L2 500,000.00 = 511,100.50; change = −21,100.40.
      assertThat(outstanding.getCell(2).getNumericCellValue()).isEqualTo(511_100.50);
      assertThat(outstanding.getCell(3).getNumericCellValue())
          .isCloseTo(-21_100.40, org.assertj.core.api.Assertions.within(1e-6));
    }
  }

  @Test
  void chartsAndColourScalesArePresent() throws Exception {
    try (XSSFWorkbook wb = read(pack("charts.xlsx"))) {
      for (String name :
          List.of("Concentration", "Lorenz, groups, co-lending", "Vintage", "Roll rates")) {
        XSSFDrawing drawing = wb.getSheet(name).getDrawingPatriarch();
        assertThat(drawing).as(name).isNotNull();
        assertThat(drawing.getCharts()).as(name).isNotEmpty();
      }
      assertThat(
              wb.getSheet("Vintage").getSheetConditionalFormatting().getNumConditionalFormattings())
          .isPositive();
      assertThat(
              wb.getSheet("Roll rates")
                  .getSheetConditionalFormatting()
                  .getNumConditionalFormattings())
          .isEqualTo(2);
      assertThat(wb.getSheet("Vintage").getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getSheet("Vintage").getFooter().getRight()).contains("&P").contains("&N");
    }
  }

  @Test
  void hostileTextStaysText() throws Exception {
    try (XSSFWorkbook wb = read(pack("hostile.xlsx"))) {
      List<Cell> all = cells(wb);
      assertThat(all).noneMatch(c -> c.getCellType() == CellType.FORMULA);
      List<String> texts =
          all.stream()
              .filter(c -> c.getCellType() == CellType.STRING)
              .map(Cell::getStringCellValue)
              .toList();
      assertThat(texts).contains(HYPERLINK, CMD, SUM, "-2+3");
    }
  }

  @Test
  void personalDataIsMaskedByDefault() throws Exception {
    try (XSSFWorkbook wb = read(pack("masked.xlsx"))) {
      List<String> texts =
          cells(wb).stream()
              .filter(c -> c.getCellType() == CellType.STRING)
              .map(Cell::getStringCellValue)
              .toList();
      // B1 张伟, 110101199003071236 is the borrower of fraud case F1.
      assertThat(texts).noneMatch(t -> t.contains("张伟") || t.contains("110101199003071236"));
      assertThat(texts).contains("张*", "110***********1236");
    }
  }

  @Test
  void unmaskedExportIsRecordedInTheAuditLog() throws Exception {
    Path log = AppDirs.dataFolder().resolve("audit.log");
    long before = Files.exists(log) ? Files.readAllLines(log).size() : 0;

    Path out = pack("unmasked.xlsx", "--unmasked");

    try (XSSFWorkbook wb = read(out)) {
      assertThat(
              cells(wb).stream()
                  .filter(c -> c.getCellType() == CellType.STRING)
                  .map(Cell::getStringCellValue))
          .contains("张伟", "110101199003071236");
    }
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize((int) before + 1);
    assertThat(lines.get(lines.size() - 1))
        .contains("export unmasked committee pack", FileHashes.sha256(book), out.toString());
  }

  @Test
  void missingFolderExitsWithTwoAndLeavesNothing() throws Exception {
    Path out = temp.resolve("nowhere").resolve("pack.xlsx");
    CliTestAccess.Result r =
        CliTestAccess.run("report", "--portfolio", book.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("does not exist");
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void filteredPackListsOnlyTheCasesInScope() throws Exception {
    // Fraud case F1 is on loan L1 (product "Credit loan"); the filter keeps only L2's product.
    try (XSSFWorkbook wb = read(pack("filtered.xlsx", "--filter", "product=-2+3"))) {
      List<String> fraudTexts = new ArrayList<>();
      for (Row row : wb.getSheet("Fraud")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            fraudTexts.add(c.getStringCellValue());
          }
        }
      }
      assertThat(fraudTexts).doesNotContain("F1", "张*", "110***********1236");
    }
    try (XSSFWorkbook wb = read(pack("unfiltered.xlsx"))) {
      List<String> fraudTexts = new ArrayList<>();
      wb.getSheet("Fraud")
          .forEach(
              row ->
                  row.forEach(
                      c -> {
                        if (c.getCellType() == CellType.STRING) {
                          fraudTexts.add(c.getStringCellValue());
                        }
                      }));
      assertThat(fraudTexts).contains("F1", "张*");
    }
  }

  /**
   * A ratio's change reads in percentage points, early warnings in their own units, and collections
   * by month as one pivot. The book: the test tape with L2 45 days past due in 2025-03, so PAR30 is
   * 0 % in 2025-02 (L1 11,100.50 and L2 500,000 both current) and 100 % in 2025-03 (L2's 490,000.10
   * is the whole outstanding): a change of +100.00 pp. The one collection action is an SMS on L2 in
   * 2025-03 that recovered 0.
   */
  @Test
  void ratioChangesReadInPointsAndCollectionsAsAPivot() throws Exception {
    Map<String, String> files = Tapes.valid();
    files.put(
        "loan_months.csv",
        Tapes.LOAN_MONTHS.replace(
            "L2,2025-03,490000.10,0,ACTIVE", "L2,2025-03,490000.10,45,ACTIVE"));
    Path tape = Tapes.write(temp.resolve("late-tape"), files);
    Path late = temp.resolve("late.mv.db");
    assertThat(
            CliTestAccess.run("import", "--from", tape.toString(), "--out", late.toString())
                .status())
        .isZero();
    Path out = temp.resolve("late.xlsx");
    assertThat(
            CliTestAccess.run("report", "--portfolio", late.toString(), "--out", out.toString())
                .status())
        .isZero();

    try (XSSFWorkbook wb = read(out)) {
      var summary = wb.getSheet("Summary");
      var par30 = rowStartingWith(summary, "PAR30");
      assertThat(par30.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(par30.getCell(2).getNumericCellValue()).isEqualTo(0.0);
      // 100 % against 0 % the month before: +10,000 basis points
      assertThat(par30.getCell(3).getNumericCellValue()).isEqualTo(10_000.0);
      assertThat(par30.getCell(3).getCellStyle().getDataFormatString()).contains("bp");
      var change = rowStartingWith(summary, "PAR30 change on the month");
      assertThat(change.getCell(2).getNumericCellValue()).isEqualTo(100.0);
      assertThat(change.getCell(3).getNumericCellValue()).isEqualTo(0.5); // amber: 0.5 pp
      assertThat(change.getCell(2).getCellStyle().getDataFormatString()).contains("pp");

      var collections = wb.getSheet("Collections");
      var header = rowStartingWith(collections, "Month");
      List<String> heads = new ArrayList<>();
      header.forEach(cell -> heads.add(cell.getStringCellValue()));
      assertThat(heads)
          .containsExactly(
              "Month",
              "SMS",
              "Call",
              "Visit",
              "Letter",
              "Legal",
              "Agency",
              "All actions",
              "Amount recovered");
      var march = collections.getRow(header.getRowNum() + 1);
      assertThat(march.getCell(0).getStringCellValue()).isEqualTo("2025-03");
      assertThat(march.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(march.getCell(7).getNumericCellValue()).isEqualTo(1.0);
      assertThat(march.getCell(8).getNumericCellValue()).isEqualTo(0.0);
      assertThat(collections.getRow(header.getRowNum() + 2) == null)
          .as("a row after 2025-03")
          .isTrue();
    }
  }

  private static org.apache.poi.ss.usermodel.Row rowStartingWith(
      org.apache.poi.ss.usermodel.Sheet sheet, String first) {
    for (var row : sheet) {
      var cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row starting with " + first);
  }
}
