package com.riskworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.app.cli.CliTestAccess;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese committee pack of the bundled sample holds no English: every sheet's name, every text
 * cell and every chart title, the data-quality findings' details included.
 */
class ChinesePackLeakTest {
  @TempDir Path temp;

  @Test
  void everySheetOfAChinesePackIsInChinese() throws Exception {
    Path book = temp.resolve("sample.mv.db");
    CliTestAccess.Result imported =
        CliTestAccess.run("import", "--from", "sample-data", "--out", book.toString());
    assertThat(imported.status()).as(imported.err()).isZero();
    Path pack = temp.resolve("pack.xlsx");
    CliTestAccess.Result written =
        CliTestAccess.run(
            "report", "--portfolio", book.toString(), "--out", pack.toString(), "--lang", "zh");
    assertThat(written.status()).as(written.err()).isZero();

    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(pack);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sheet = wb.getSheetAt(i);
        texts.add(sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              texts.add(cell.getStringCellValue());
            }
          }
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
          for (XSSFChart chart : drawing.getCharts()) {
            if (chart.getTitleText() != null) {
              texts.add(chart.getTitleText().getString());
            }
          }
        }
      }
    }

    // The portfolio's name (import takes the tape folder's) and the preparer's user name are data.
    LatinWords words =
        new LatinWords()
            .allowSampleTape()
            .allowName(book.toString())
            .allow("sample")
            .allow(System.getProperty("user.name"));
    assertThat(words.english(texts)).as("English in the Chinese pack").isEmpty();
    // The data-quality sheet lists the sample's first findings in detail.
    assertThat(texts).anyMatch(t -> t.contains("比发放月份晚"));
  }
}
