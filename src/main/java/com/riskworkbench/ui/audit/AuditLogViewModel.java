package com.riskworkbench.ui.audit;

import com.riskworkbench.common.Message;
import com.riskworkbench.service.AuditEntry;
import com.riskworkbench.service.AuditTrail;
import com.riskworkbench.ui.common.Formats;
import com.riskworkbench.ui.common.Jobs;
import com.riskworkbench.ui.common.ScreenContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the audit-log viewer (Help → Audit log): the entries of the log, newest
 * first, read in the background. Never touches a node.
 */
public final class AuditLogViewModel {
  private final ScreenContext context;
  private final AuditTrail audit;
  private final Jobs.Slot slot;
  private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public AuditLogViewModel(ScreenContext context, AuditTrail audit) {
    this.context = context;
    this.audit = audit;
    this.slot = context.jobs().slot();
  }

  /** Reads the log again. */
  public void refresh() {
    status.set(text("audit.loading"));
    slot.submit(
        text("audit.loading"),
        progress -> {
          List<AuditEntry> all = new ArrayList<>(audit.entries());
          Collections.reverse(all);
          return all;
        },
        all -> {
          entries.setAll(all);
          status.set(
              all.isEmpty()
                  ? text("audit.empty")
                  : java.text.MessageFormat.format(
                      text("audit.count"), context.formats().count(all.size())));
        },
        error -> status.set(text("audit.failed") + " " + context.labels().error(error)));
  }

  /** An entry's action for people: the window's actions have names, others show as written. */
  public String action(AuditEntry e) {
    return switch (e.action()) {
      case AuditTrail.REVEAL -> text("audit.action.reveal");
      case AuditTrail.EXPORT -> text("audit.action.export");
      case AuditTrail.EXPORT_FAILED -> text("audit.action.exportFailed");
      case AuditTrail.UNMASKED_PACK -> text("audit.action.unmaskedPack");
      default -> e.action();
    };
  }

  /**
   * An entry's detail for people: the log keeps it in English; the program's own sentences are
   * shown in the window's language, others (a path, a log written by other means) as written.
   */
  public String detail(AuditEntry e) {
    return Message.parseEnglish(e.detail(), "audit.detail.reveal", "audit.detail.export")
        .map(m -> m.format(context.messages()))
        .orElse(e.detail());
  }

  private String text(String key) {
    return context.messages().getString(key);
  }

  public Formats formats() {
    return context.formats();
  }

  /** The entries, newest first. */
  public ObservableList<AuditEntry> entries() {
    return entries;
  }

  /** Loading, how many entries, empty, or why the log could not be read. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
