package com.riskworkbench.analysis;

import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * What an analysis returns: a Tablesaw table whose columns, in order, are the CSV columns the
 * README's "Command line" lists (more may follow), and the fields that JSON adds.
 *
 * <p>Conventions every result follows, so that one writer serves the CLI, the window and the pack:
 * counts are int or long columns; amounts are double columns in currency units, rounded to the
 * cent, named as in {@link #AMOUNT_COLUMNS}; ratios are double columns as fractions 0–1; an
 * undefined value (a ratio over zero, an immature vintage cell) is missing (NaN), never 0.
 */
public interface AnalysisResult {

  /** Column names that hold amounts (printed with two decimals). */
  Set<String> AMOUNT_COLUMNS =
      Set.of(
          "outstanding",
          "exposure",
          "total_exposure",
          "principal",
          "bad_principal",
          "net_charge_off",
          "balance",
          "previous_bucket_balance",
          "amount_recovered",
          "charged_off",
          "recovered",
          "recoveries",
          "loss",
          "net_loss",
          "limit",
          "value_amount",
          "ecl",
          "provisions",
          "npl_balance",
          "charge_off",
          "pay_down",
          "starting_balance",
          "cumulative_charge_off",
          "cumulative_net_loss",
          "ecl_low",
          "ecl_high",
          "cumulative_loss_low",
          "cumulative_loss_high",
          "cumulative_charge_off_low",
          "cumulative_charge_off_high",
          "forecast_balance",
          "actual_balance",
          "total_forecast_balance",
          "total_actual_balance",
          "later_loans_charged_off_balance",
          "end_balance",
          "own_balance",
          "own_outstanding",
          "tier1_net_capital",
          "partner_limit",
          "net_assets",
          "amount");

  Table rows();

  /**
   * Whether the cell of {@link #rows()} at {@code column} and {@code row} is an amount (printed to
   * the cent): by default, whether the column is one of {@link #AMOUNT_COLUMNS}. A result whose
   * rows mix amounts and ratios in one column (the period comparison) says so cell by cell.
   */
  default boolean isAmount(String column, int row) {
    return AMOUNT_COLUMNS.contains(column);
  }

  /**
   * The fields JSON adds, in order: values are numbers, strings, booleans, lists, maps, tables or
   * null. Amount fields use the names of {@link #AMOUNT_COLUMNS}.
   */
  default Map<String, Object> extras() {
    return Map.of();
  }

  /** Cents to currency units, for amount columns. */
  static double amount(long cents) {
    return cents / 100.0;
  }

  /** {@code numerator / denominator}, or NaN when the denominator is 0. */
  static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
