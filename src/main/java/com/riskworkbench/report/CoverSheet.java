package com.riskworkbench.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The cover: where the figures come from, who prepared them, and the committee's sign-off. */
final class CoverSheet {
  private CoverSheet() {}

  static void write(PackContext c) {
    PackLabels l = c.l;
    PackStyles styles = c.styles;
    PackInputs in = c.in;
    TableWriter w = c.newSheet("cover");
    w.text(0, 0, l.get("pack.title"), styles.title);
    int r = 3;
    w.field(r++, l.get("cover.portfolio"), c.book().name());
    w.field(r++, l.get("cover.file"), in.portfolio());
    w.field(r++, l.get("cover.sha256"), in.portfolioSha256());
    w.field(r++, l.get("cover.as_of"), c.asOf().toString());
    w.field(r++, l.get("cover.filters"), c.filters());
    w.field(r++, l.get("cover.currency"), c.book().currency());
    w.field(
        r++,
        l.get("cover.generated_at"),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .format(in.generatedAt().atZone(ZoneId.systemDefault())));
    w.field(r++, l.get("cover.program_version"), "Risk Workbench " + in.programVersion());
    w.field(r++, l.get("cover.preparer"), in.preparer());
    w.field(r++, l.get("cover.personal_data"), c.personalData());
    w.field(r++, l.get("cover.engine"), l.get("cover.engine." + in.analyses().engine().name()));
    r += 2;
    w.text(r++, 0, l.get("cover.sign_off"), styles.subtitle);
    w.text(r, 1, l.get("cover.name"), styles.label);
    w.text(r, 2, l.get("cover.signature"), styles.label);
    w.text(r, 3, l.get("cover.date"), styles.label);
    r++;
    for (String role : List.of("cover.chair", "cover.risk", "cover.secretary")) {
      r++;
      w.text(r, 0, l.get(role), styles.label);
      for (int col = 1; col <= 3; col++) {
        w.text(r, col, "", styles.signLine);
      }
    }
    w.fitColumns(70);
    w.sheet().setColumnWidth(1, 70 * 256);
    w.sheet().setColumnWidth(2, 30 * 256);
    w.sheet().setColumnWidth(3, 20 * 256);
  }
}
