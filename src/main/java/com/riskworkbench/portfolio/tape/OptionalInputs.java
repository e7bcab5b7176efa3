package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.PortfolioSink;
import com.riskworkbench.portfolio.tape.TapeRows.EnumParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The optional columns of a tape (docs/methodology.md §1.2) and their checks: the booked category
 * and provision of a loan month, the co-lending partner and own share of a loan, and the amounts of
 * {@code portfolio.csv}. A column the header leaves out reads as empty everywhere.
 */
final class OptionalInputs {
  static final EnumParser<BookedCategory> CATEGORIES = new EnumParser<>(BookedCategory.class);

  private OptionalInputs() {}

  /** The booked five-category classification: empty, or one of the five names. */
  static Optional<BookedCategory> category(TapeRows r, int column) {
    return r.optionalText(column).isEmpty()
        ? Optional.empty()
        : Optional.of(r.enumValue(column, CATEGORIES));
  }

  /** The booked provision: empty, or an amount that is not negative. */
  static OptionalLong provision(TapeRows r, int column) {
    OptionalLong v = r.optionalCents(column);
    if (v.isPresent() && v.getAsLong() < 0) {
      r.reject(
          column, Message.of("tape.negative.provision", String.valueOf(v.getAsLong() / 100.0)));
    }
    return v;
  }

  /**
   * The share of the principal the holder funds: empty (all of it), or a fraction from 0 to 1. A
   * partner without a share is fine.
   */
  static Optional<BigDecimal> ownShare(TapeRows r, int column) {
    if (r.optionalText(column).isEmpty()) {
      return Optional.empty();
    }
    BigDecimal share = r.decimal(column, 9, 4);
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      r.reject(column, Message.of("tape.ownShare", share.toPlainString()));
    }
    return Optional.of(share);
  }

  /**
   * The one row of {@code portfolio.csv}: net assets and tier 1 net capital, each empty or an
   * amount that is not negative, passed on as portfolio meta.
   */
  static void portfolioRow(TapeRows r, long rowNumber, PortfolioSink sink, boolean writing)
      throws IOException {
    if (rowNumber > 1) {
      r.reject(-1, Message.of("tape.portfolioSecondRow"));
      return;
    }
    OptionalLong netAssets = r.optionalCents(0);
    OptionalLong tier1 = r.optionalCents(1);
    if (netAssets.isPresent() && netAssets.getAsLong() < 0) {
      r.reject(
          0, Message.of("tape.negative.netAssets", String.valueOf(netAssets.getAsLong() / 100.0)));
    }
    if (tier1.isPresent() && tier1.getAsLong() < 0) {
      r.reject(1, Message.of("tape.negative.tier1", String.valueOf(tier1.getAsLong() / 100.0)));
    }
    if (r.rowOk() && writing) {
      if (netAssets.isPresent()) {
        sink.meta("net_assets", Money.toDecimal(netAssets.getAsLong()).toPlainString());
      }
      if (tier1.isPresent()) {
        sink.meta("tier1_net_capital", Money.toDecimal(tier1.getAsLong()).toPlainString());
      }
    }
  }
}
