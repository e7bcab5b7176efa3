package com.riskworkbench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Two committee packs compared sheet by sheet and cell by cell. */
public final class PackCells {
  private PackCells() {}

  /**
   * Asserts that {@code actual} holds the sheets, rows and cells of {@code expected} — text equal,
   * numbers to 1e-12 relative (a weighted mean rate is summed in another order by a database) — but
   * for the cover rows whose label is in {@code coverRowsThatDiffer}; returns the number of cells
   * compared.
   */
  public static int assertSameCells(Path expected, Path actual, Set<String> coverRowsThatDiffer)
      throws Exception {
    int compared = 0;
    try (Workbook m = WorkbookFactory.create(expected.toFile(), null, true);
        Workbook d = WorkbookFactory.create(actual.toFile(), null, true)) {
      assertThat(d.getNumberOfSheets()).isEqualTo(m.getNumberOfSheets());
      DataFormatter text = new DataFormatter();
      for (int i = 0; i < m.getNumberOfSheets(); i++) {
        Sheet ms = m.getSheetAt(i);
        Sheet ds = d.getSheetAt(i);
        assertThat(ds.getSheetName()).isEqualTo(ms.getSheetName());
        assertThat(ds.getLastRowNum()).as(ms.getSheetName()).isEqualTo(ms.getLastRowNum());
        for (Row mr : ms) {
          String label = mr.getCell(0) == null ? "" : text.formatCellValue(mr.getCell(0));
          if (i == 0 && coverRowsThatDiffer.contains(label)) {
            continue;
          }
          Row dr = ds.getRow(mr.getRowNum());
          for (Cell mc : mr) {
            String where = ms.getSheetName() + "!" + mc.getAddress();
            assertThat(dr).as(where).isNotNull();
            Cell dc = dr.getCell(mc.getColumnIndex());
            assertThat(dc).as(where).isNotNull();
            assertThat(dc.getCellType()).as(where).isEqualTo(mc.getCellType());
            if (mc.getCellType() == CellType.NUMERIC) {
              double e = mc.getNumericCellValue();
              assertThat(dc.getNumericCellValue())
                  .as(where)
                  .isCloseTo(e, within(1e-12 * Math.max(1, Math.abs(e))));
            } else {
              assertThat(text.formatCellValue(dc)).as(where).isEqualTo(text.formatCellValue(mc));
            }
            compared++;
          }
        }
      }
    }
    return compared;
  }

  /** The value beside {@code label} on the cover. */
  public static String cover(Path pack, String label) throws Exception {
    DataFormatter text = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(pack.toFile(), null, true)) {
      for (Row r : wb.getSheetAt(0)) {
        if (r.getCell(0) != null && text.formatCellValue(r.getCell(0)).equals(label)) {
          return text.formatCellValue(r.getCell(1));
        }
      }
    }
    throw new AssertionError("no cover row " + label);
  }
}
