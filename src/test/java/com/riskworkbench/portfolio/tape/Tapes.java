package com.riskworkbench.portfolio.tape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, valid loan tape written as text, which tests change one file at a time. */
public final class Tapes {
  private Tapes() {}

  public static final String BORROWERS =
      """
      borrower_id,borrower_type,name,id_number,birth_date,region,city,industry,annual_income,credit_score
      B1,INDIVIDUAL,张伟,110101199003071236,1990-03-07,Beijing,Beijing,Individual consumption,120000.00,700
      B2,MICRO_ENTERPRISE,"Hangzhou Trading, Ltd",,,Zhejiang,,Retail,,
      """;

  public static final String LOANS =
      """
      loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,interest_rate,term_months,risk_grade,guarantee_type
      L1,B1,Credit loan,Own app,2025-01-15,2026-01-15,12000.00,0.18,12,B,CREDIT
      L2,B2,Business loan,Branch,2025-02-03,2027-02-03,500000,0.09,24,A,GUARANTEED
      """;

  public static final String LOAN_MONTHS =
      """
      loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount
      L1,2025-01,12000.00,0,ACTIVE,,
      L1,2025-02,11100.50,0,ACTIVE,,
      L1,2025-03,0,0,PAID_OFF,,
      L2,2025-02,500000,0,ACTIVE,,
      L2,2025-03,490000.10,0,ACTIVE,,
      """;

  public static final String COLLECTIONS =
      """
      action_id,loan_id,action_date,action_type,outcome,amount_recovered
      A1,L2,2025-03-20,SMS,NO_CONTACT,0
      """;

  public static final String FRAUD_CASES =
      """
      case_id,loan_id,borrower_id,reported_date,fraud_type,detection_channel,status,exposure,loss_amount,recovered_amount,root_cause,summary
      F1,L1,B1,2025-03-02,IDENTITY_THEFT,MODEL_ALERT,OPEN,12000,0,0,Weak device check,"Applicant's phone, flagged"
      """;

  /**
   * The valid tape with the optional inputs (docs/methodology.md §1.2): borrower groups, a co-lent
   * loan, booked categories and provisions, and the portfolio's amounts. L2 is booked NORMAL in
   * 2025-03 although it is 45 days past due (the rule says special mention): under-classified.
   */
  public static final String BORROWERS_GROUPED =
      """
      borrower_id,borrower_type,name,id_number,birth_date,region,city,industry,annual_income,credit_score,group_id
      B1,INDIVIDUAL,张伟,110101199003071236,1990-03-07,Beijing,Beijing,Individual consumption,120000.00,700,
      B2,MICRO_ENTERPRISE,"Hangzhou Trading, Ltd",,,Zhejiang,,Retail,,,G-Hangzhou
      """;

  public static final String LOANS_CO_LENT =
      """
      loan_id,borrower_id,product,channel,origination_date,maturity_date,principal,interest_rate,term_months,risk_grade,guarantee_type,funding_partner,own_share
      L1,B1,Credit loan,Own app,2025-01-15,2026-01-15,12000.00,0.18,12,B,CREDIT,,
      L2,B2,Business loan,Branch,2025-02-03,2027-02-03,500000,0.09,24,A,GUARANTEED,Bank P,0.3
      """;

  public static final String LOAN_MONTHS_BOOKED =
      """
      loan_id,month,balance,days_past_due,status,charge_off_amount,recovery_amount,five_category,provision
      L1,2025-01,12000.00,0,ACTIVE,,,NORMAL,120.00
      L1,2025-02,11100.50,0,ACTIVE,,,NORMAL,111.01
      L1,2025-03,0,0,PAID_OFF,,,,
      L2,2025-02,500000,0,ACTIVE,,,NORMAL,5000.00
      L2,2025-03,490000.10,45,ACTIVE,,,NORMAL,4900.00
      """;

  public static final String PORTFOLIO =
      """
      net_assets,tier1_net_capital
      1500000.00,1200000.00
      """;

  /** The tape with the optional inputs, by file name. */
  public static Map<String, String> withOptionalInputs() {
    Map<String, String> files = valid();
    files.put("borrowers.csv", BORROWERS_GROUPED);
    files.put("loans.csv", LOANS_CO_LENT);
    files.put("loan_months.csv", LOAN_MONTHS_BOOKED);
    files.put("portfolio.csv", PORTFOLIO);
    return files;
  }

  /** The valid tape's files by name. */
  public static Map<String, String> valid() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("borrowers.csv", BORROWERS);
    files.put("loans.csv", LOANS);
    files.put("loan_months.csv", LOAN_MONTHS);
    files.put("collections.csv", COLLECTIONS);
    files.put("fraud_cases.csv", FRAUD_CASES);
    return files;
  }

  public static Path write(Path folder, Map<String, String> files) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getValue() != null) {
        Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    }
    return folder;
  }
}
