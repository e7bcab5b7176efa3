package com.riskworkbench.portfolio;

import com.riskworkbench.common.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * One data-quality finding about a loan (or about the tape as a whole when no loan is named). The
 * detail is kept in English, as the portfolio file stores it; {@link #text()} gives it as a message
 * of the window's bundle ({@code finding.*}) so that screens and the pack show it in their
 * language.
 */
public record DataQualityFinding(FindingKind kind, Optional<String> loanId, String detail) {
  public DataQualityFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(loanId, "loanId");
    Objects.requireNonNull(detail, "detail");
  }

  /** A finding whose detail is {@code text}, kept in English. */
  public DataQualityFinding(FindingKind kind, Optional<String> loanId, Message text) {
    this(kind, loanId, text.english());
  }

  /**
   * The detail as a message of the bundle; as it is (in English) when the file holds a detail that
   * no pattern of this program wrote, e.g. one written by a later version.
   */
  public Message text() {
    String[] keys =
        switch (kind) {
          case GAP_IN_HISTORY -> new String[] {"finding.gap.one", "finding.gap.many"};
          case LATE_FIRST_MONTH -> new String[] {"finding.lateFirstMonth"};
          case NO_HISTORY -> new String[] {"finding.noHistory"};
          case UNKNOWN_COLUMN -> new String[] {"finding.unknownColumn"};
        };
    return Message.parseEnglish(detail, keys).orElseGet(() -> Message.plain(detail));
  }
}
