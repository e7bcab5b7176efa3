package com.riskworkbench.portfolio.tape;

import java.util.List;

/**
 * The files of a loan tape (docs/methodology.md §1) and their columns, in the order the writer puts
 * them.
 */
public enum TapeFile {
  BORROWERS(
      "borrowers.csv",
      true,
      List.of(
          "borrower_id",
          "borrower_type",
          "name",
          "id_number",
          "birth_date",
          "region",
          "city",
          "industry",
          "annual_income",
          "credit_score",
          "group_id"),
      List.of(
          "name", "id_number", "birth_date", "city", "annual_income", "credit_score", "group_id"),
      List.of("group_id")),
  LOANS(
      "loans.csv",
      true,
      List.of(
          "loan_id",
          "borrower_id",
          "product",
          "channel",
          "origination_date",
          "maturity_date",
          "principal",
          "interest_rate",
          "term_months",
          "risk_grade",
          "guarantee_type",
          "funding_partner",
          "own_share"),
      List.of("funding_partner", "own_share"),
      List.of("funding_partner", "own_share")),
  LOAN_MONTHS(
      "loan_months.csv",
      true,
      List.of(
          "loan_id",
          "month",
          "balance",
          "days_past_due",
          "status",
          "charge_off_amount",
          "recovery_amount",
          "five_category",
          "provision"),
      List.of("charge_off_amount", "recovery_amount", "five_category", "provision"),
      List.of("five_category", "provision")),
  COLLECTIONS(
      "collections.csv",
      false,
      List.of("action_id", "loan_id", "action_date", "action_type", "outcome", "amount_recovered"),
      List.of(),
      List.of()),
  FRAUD_CASES(
      "fraud_cases.csv",
      false,
      List.of(
          "case_id",
          "loan_id",
          "borrower_id",
          "reported_date",
          "fraud_type",
          "detection_channel",
          "status",
          "exposure",
          "loss_amount",
          "recovered_amount",
          "root_cause",
          "summary"),
      List.of("loan_id", "borrower_id", "loss_amount", "recovered_amount", "root_cause", "summary"),
      List.of()),
  /** The amounts the limits need (docs/methodology.md §1.2): one row, every column optional. */
  PORTFOLIO(
      "portfolio.csv",
      false,
      List.of("net_assets", "tier1_net_capital"),
      List.of("net_assets", "tier1_net_capital"),
      List.of("net_assets", "tier1_net_capital"));

  private final String fileName;
  private final boolean required;
  private final List<String> columns;
  private final List<String> mayBeEmpty;
  private final List<String> optional;

  TapeFile(
      String fileName,
      boolean required,
      List<String> columns,
      List<String> mayBeEmpty,
      List<String> optional) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
    this.mayBeEmpty = mayBeEmpty;
    this.optional = optional;
  }

  public String fileName() {
    return fileName;
  }

  /** Whether a tape must contain this file. */
  public boolean required() {
    return required;
  }

  /** What one row is, for messages: "loan month". */
  public String rowName() {
    return switch (this) {
      case BORROWERS -> "borrower";
      case LOANS -> "loan";
      case LOAN_MONTHS -> "loan month";
      case COLLECTIONS -> "collection action";
      case FRAUD_CASES -> "fraud case";
      case PORTFOLIO -> "portfolio row";
    };
  }

  public List<String> columns() {
    return columns;
  }

  /**
   * Whether the header may leave this column out (docs/methodology.md §1.2): a tape without it
   * loads as before, and the figures that need it are not available.
   */
  public boolean optional(String column) {
    return optional.contains(column);
  }

  /** Whether a value of this column may be empty (NULL). */
  public boolean mayBeEmpty(String column) {
    return mayBeEmpty.contains(column);
  }

  /**
   * The most characters the schema stores for a text column (01-tables.sql); 0 for columns that are
   * parsed as numbers, dates or enums.
   */
  public static int maxLength(String column) {
    return switch (column) {
      case "borrower_id", "loan_id", "action_id", "case_id", "id_number", "group_id" -> 64;
      case "region", "city", "industry", "product", "channel", "funding_partner" -> 100;
      case "name", "root_cause" -> 200;
      case "risk_grade" -> 20;
      case "summary" -> 4000;
      default -> 0;
    };
  }
}
