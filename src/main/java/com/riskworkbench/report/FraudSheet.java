package com.riskworkbench.report;

import com.riskworkbench.analysis.FraudResult;
import com.riskworkbench.common.Masking;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.PersonalData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/** Fraud cases by type and status, channel, root cause and time to report, then the case list. */
final class FraudSheet {
  private static final String[] CASE_COLUMNS = {
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

  private FraudSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    FraudResult f = c.fraud();
    TableWriter w = c.newSheet("fraud");
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
        l.get("fraud.case_list") + (c.in.unmasked() ? "" : " (" + l.get("cover.masked") + ")"),
        styles.subtitle);
    for (int col = 0; col < CASE_COLUMNS.length; col++) {
      w.text(r, col, l.get(CASE_COLUMNS[col]), styles.header);
    }
    for (FraudCase fc : casesInScope(f)) {
      r++;
      PersonalData id = fc.borrowerId().map(c.in.identities()::get).orElse(null);
      String name = id == null ? "" : id.name().orElse("");
      String number = id == null ? "" : id.idNumber().orElse("");
      if (!c.in.unmasked()) {
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

  /**
   * Exactly the cases the tables above count: in scope of the filter and reported by the as-of
   * month. A filtered pack must not list (or reveal the borrowers of) other segments' cases.
   */
  private static List<FraudCase> casesInScope(FraudResult f) {
    List<FraudCase> cases = new ArrayList<>();
    for (FraudResult.TypeStatusCell cell : f.cells()) {
      cases.addAll(f.casesBehind(cell.fraudType(), cell.status()));
    }
    cases.sort(Comparator.comparing(FraudCase::caseId));
    return cases;
  }
}
