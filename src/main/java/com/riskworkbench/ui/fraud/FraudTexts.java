package com.riskworkbench.ui.fraud;

import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The texts of the Fraud screen that {@link FraudViewModel} shows: key figures, case detail. */
final class FraudTexts {
  private final Formats formats;
  private final ResourceBundle messages;

  FraudTexts(Formats formats, ResourceBundle messages) {
    this.formats = formats;
    this.messages = messages;
  }

  /** The key figures of the screen's header, as shown; {@link #NONE} before any is computed. */
  public record Figures(
      String cases,
      String casesNote,
      String exposure,
      String loss,
      String recovered,
      String netLoss,
      String rate,
      String rateNote,
      String scope) {
    static final Figures NONE =
        new Figures(
            Formats.NONE,
            "",
            Formats.NONE,
            Formats.NONE,
            Formats.NONE,
            Formats.NONE,
            Formats.NONE,
            "",
            "");
  }

  /** One line of the case detail: what it is and its value, as shown. */
  public record Field(String name, String value) {}

  /** The screen's key figures, under a scope line such as "As of 2026-10 · all loans". */
  Figures figures(FraudRows r, String scopeLine) {
    Formats f = formats;
    var t = r.result().totals();
    var rate = r.result().confirmedRate();
    String cur = r.currency();
    return new Figures(
        f.count(t.cases()),
        MessageFormat.format(text("fraud.kpi.dismissed"), f.count(t.dismissed())),
        f.moneyShort(t.exposureCents(), cur),
        f.moneyShort(t.lossCents(), cur),
        f.moneyShort(t.recoveredCents(), cur),
        f.moneyShort(t.netLossCents(), cur),
        f.percent(rate.rate(), 2),
        MessageFormat.format(
            text("fraud.kpi.rateNote"), f.count(rate.fraudLoans()), f.count(rate.loans())),
        MessageFormat.format(text("fraud.scope"), scopeLine, cur));
  }

  String detailTitle(CaseDetail d) {
    return MessageFormat.format(
        text("fraud.detail.title"), d.row().fraudCase().caseId(), d.row().type());
  }

  /** The lines of a case's detail; {@code name} and {@code idNumber} as the list shows them. */
  List<Field> detailFields(CaseDetail d, String cur, String name, String idNumber) {
    Formats f = formats;
    CaseRow row = d.row();
    FraudCase c = row.fraudCase();
    List<Field> out = new ArrayList<>();
    out.add(field("fraud.column.status", row.status()));
    out.add(field("fraud.column.channel", row.channel()));
    out.add(field("fraud.column.reported", row.reported()));
    out.add(field("fraud.column.rootCause", row.rootCause()));
    out.add(field("fraud.column.exposure", f.money(c.exposureCents(), cur)));
    out.add(field("fraud.column.loss", f.money(c.lossCents(), cur)));
    out.add(field("fraud.column.recovered", f.money(c.recoveredCents(), cur)));
    out.add(field("fraud.column.borrower", orNone(row.borrowerId())));
    out.add(field("fraud.column.name", orNone(name)));
    out.add(field("fraud.column.idNumber", orNone(idNumber)));
    d.loan()
        .ifPresent(
            l -> {
              out.add(field("fraud.column.loan", l.loanId()));
              out.add(field("fraud.column.product", l.product()));
              out.add(field("fraud.column.loanChannel", l.channel()));
              out.add(field("fraud.column.principal", f.money(l.principalCents(), cur)));
              out.add(field("fraud.column.originated", l.originatedText()));
            });
    return List.copyOf(out);
  }

  private Field field(String key, String value) {
    return new Field(text(key), value);
  }

  private static String orNone(String s) {
    return s.isEmpty() ? Formats.NONE : s;
  }

  private String text(String key) {
    return messages.getString(key);
  }
}
