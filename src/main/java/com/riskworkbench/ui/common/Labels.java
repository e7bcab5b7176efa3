package com.riskworkbench.ui.common;

import com.riskworkbench.analysis.DelinquencyBuckets;
import com.riskworkbench.analysis.Dimension;
import com.riskworkbench.analysis.EarlyWarnings;
import com.riskworkbench.analysis.FiveCategory;
import com.riskworkbench.analysis.FiveCategoryRule;
import com.riskworkbench.analysis.LimitCheck;
import com.riskworkbench.analysis.RollRateResult;
import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FindingKind;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.GuaranteeType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.PortfolioException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names for people of the codes in the data and the results: enum constants, delinquency states,
 * dimensions and early-warning indicators. Each family has its key prefix in the message bundle:
 * {@code value.NORMAL}, {@code dimension.channel}, {@code indicator.par30_ratio}, {@code
 * rule.par30_ratio}. {@link #CODES} lists every code of each family so that a test can check the
 * bundles hold exactly these keys.
 */
public final class Labels {
  /** The early-warning indicators of {@link EarlyWarnings}. */
  public static final List<String> INDICATORS =
      Arrays.stream(EarlyWarnings.Kind.values()).map(EarlyWarnings.Kind::code).toList();

  /** Every code of every family, by key prefix. */
  public static final Map<String, Set<String>> CODES =
      Map.of(
          "value.",
          codes(
              FiveCategory.values(),
              FraudType.values(),
              FraudStatus.values(),
              DetectionChannel.values(),
              ActionType.values(),
              ActionOutcome.values(),
              BorrowerType.values(),
              GuaranteeType.values(),
              LoanStatus.values(),
              EarlyWarnings.Status.values(),
              FindingKind.values(),
              LimitCheck.values()),
          "state.",
          states(),
          "dimension.",
          new TreeSet<>(Arrays.stream(Dimension.values()).map(Dimension::cliName).toList()),
          "indicator.",
          new TreeSet<>(INDICATORS),
          "rule.",
          new TreeSet<>(INDICATORS),
          "fiveRule.",
          new TreeSet<>(
              List.of(
                  FiveCategoryRule.REGULATORY_2023.name(), FiveCategoryRule.CREDIT_CARD.name())));

  private final ResourceBundle messages;

  public Labels(ResourceBundle messages) {
    this.messages = messages;
  }

  /** An enum constant's name for people, e.g. FiveCategory.SUBSTANDARD → Substandard / 次级. */
  public String of(Enum<?> value) {
    return lookup("value.", value.name());
  }

  /**
   * A delinquency state of the roll-rate matrix or the buckets: CURRENT, DPD_1_29, …, PAID_OFF,
   * CHARGED_OFF, MISSING.
   */
  public String state(String code) {
    return lookup("state.", code);
  }

  public String dimension(Dimension d) {
    return lookup("dimension.", d.cliName());
  }

  public String indicator(EarlyWarnings.Kind kind) {
    return lookup("indicator.", kind.code());
  }

  /** How an early-warning indicator is computed, in one line. */
  public String rule(EarlyWarnings.Kind kind) {
    return lookup("rule.", kind.code());
  }

  /** The segment value of a dimension: borrower types are codes, the others are data. */
  public String segment(Dimension d, String value) {
    if (d == Dimension.BORROWER_TYPE) {
      return lookup("value.", value);
    }
    if (d == Dimension.AGE_BAND && value.equals("unknown")) {
      return messages.getString("label.unknown");
    }
    if (d == Dimension.FUNDING_PARTNER && value.equals(Dimension.OWN)) {
      return messages.getString("label.ownFunded");
    }
    if (d == Dimension.GROUP && value.equals(Dimension.NO_GROUP)) {
      return messages.getString("label.noGroup");
    }
    return value;
  }

  /** The name of a five-category rule, e.g. regulatory-2023. */
  public String fiveCategoryRule(String name) {
    return lookup("fiveRule.", name);
  }

  /**
   * A portfolio's name: the sample's, which the program gave it in English, in the window's
   * language; any other as it is, for it is data.
   */
  public String portfolioName(String name) {
    return Message.parseEnglish(name, "portfolio.sampleName")
        .map(m -> m.format(messages))
        .orElse(name);
  }

  /**
   * Why work failed, for a dialog or a status line: a portfolio's refusal in the window's language,
   * any other failure in its own words.
   */
  public String error(Throwable e) {
    if (e instanceof PortfolioException pe) {
      return pe.text().format(messages);
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  private String lookup(String prefix, String code) {
    String key = prefix + code;
    return messages.containsKey(key) ? messages.getString(key) : code;
  }

  private static Set<String> states() {
    Set<String> s = new TreeSet<>(DelinquencyBuckets.DEFAULT.labels());
    s.add(RollRateResult.PAID_OFF);
    s.add(RollRateResult.CHARGED_OFF);
    s.add(RollRateResult.MISSING);
    return s;
  }

  private static Set<String> codes(Enum<?>[]... families) {
    Set<String> all = new TreeSet<>();
    for (Enum<?>[] family : families) {
      for (Enum<?> e : family) {
        all.add(e.name());
      }
    }
    return all;
  }
}
