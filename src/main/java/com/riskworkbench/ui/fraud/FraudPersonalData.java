package com.riskworkbench.ui.fraud;

import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.ScopeText;
import com.riskworkbench.ui.common.ScreenContext;
import com.riskworkbench.ui.fraud.FraudRows.CaseRow;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The audited reveal and export of the Fraud screen's personal data (docs/methodology.md §13): a
 * reveal or an unmasked export is recorded in the audit log before anything is shown or written.
 * Part of {@link FraudViewModel}.
 */
final class FraudPersonalData {
  private final ScreenContext context;
  private final AuditTrail audit;
  private final Jobs.Slot revealSlot;
  private final Jobs.Slot exportSlot;
  private final Set<String> revealConfirmed = new HashSet<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(false);

  FraudPersonalData(ScreenContext context, AuditTrail audit) {
    this.context = context;
    this.audit = audit;
    this.revealSlot = context.jobs().slot();
    this.exportSlot = context.jobs().slot();
    context.state().portfolioProperty().addListener((o, was, now) -> revealed.set(false));
  }

  /**
   * True until the analyst has confirmed a reveal of this portfolio's personal data this session.
   */
  boolean needsConfirmation() {
    return portfolioFile().map(f -> !revealConfirmed.contains(f)).orElse(false);
  }

  /** Hides if revealed; else reveals, asking first when {@link #needsConfirmation()}. */
  void toggle() {
    if (revealed.get()) {
      hide();
      return;
    }
    if (!needsConfirmation()
        || context
            .dialogs()
            .confirm(
                text("fraud.reveal.confirm.title"),
                text("fraud.reveal.confirm.header"),
                text("fraud.reveal.confirm.text"),
                "revealConfirmation")) {
      reveal();
    }
  }

  /**
   * Shows names and ID numbers. The first reveal of a portfolio in a session is recorded in the
   * audit log (file, SHA-256, what) before anything is shown; if it cannot be recorded, nothing is.
   */
  void reveal() {
    Optional<String> file = portfolioFile();
    if (file.isEmpty() || revealed.get()) {
      return;
    }
    if (revealConfirmed.contains(file.get())) {
      revealed.set(true);
      return;
    }
    String detailText = AuditTrail.revealDetail();
    revealSlot.submit(
        text("fraud.recording"),
        progress -> audit.record(AuditTrail.REVEAL, file.get(), detailText),
        entry -> {
          revealConfirmed.add(file.get());
          if (portfolioFile().equals(file)) {
            revealed.set(true);
          }
        },
        error -> message.set(text("fraud.audit.failed") + " " + context.labels().error(error)));
  }

  void hide() {
    revealed.set(false);
  }

  /** Asks where to write {@code shown} as CSV, then writes it. */
  void chooseAndExport(List<CaseRow> shown) {
    context
        .dialogs()
        .chooseSaveFile(
            text("fraud.export.title"),
            context
                .state()
                .scope()
                .map(s -> ScopeText.fileName("fraud-cases", s.asOf(), s.filter(), ".csv"))
                .orElse("fraud-cases.csv"),
            text("fraud.export.filter"),
            ".csv")
        .ifPresent(out -> export(shown, out));
  }

  /**
   * Writes the cases the list shows (with its filters) as CSV; names and ID numbers are masked
   * unless revealed, and an unmasked export is recorded in the audit log first.
   */
  void export(List<CaseRow> shown, Path out) {
    Optional<String> file = portfolioFile();
    if (file.isEmpty()) {
      return;
    }
    boolean unmasked = revealed.get();
    String detailText = AuditTrail.exportDetail(shown.size(), out.toAbsolutePath());
    exportSlot.submit(
        text("fraud.exporting"),
        progress -> {
          if (unmasked) {
            audit.record(AuditTrail.EXPORT, file.get(), detailText);
          }
          try {
            CaseCsv.write(shown, unmasked, out);
          } catch (java.io.IOException | RuntimeException e) {
            if (unmasked) {
              audit.record(AuditTrail.EXPORT_FAILED, file.get(), detailText);
            }
            throw e;
          }
          return out;
        },
        written ->
            message.set(
                MessageFormat.format(
                    text(unmasked ? "fraud.exported.unmasked" : "fraud.exported"),
                    shown.size(),
                    written)),
        error -> message.set(text("fraud.exportFailed") + " " + context.labels().error(error)));
  }

  private Optional<String> portfolioFile() {
    return context.state().portfolioProperty().get().map(p -> p.overview().location());
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  ReadOnlyBooleanProperty revealedProperty() {
    return revealed.getReadOnlyProperty();
  }

  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
