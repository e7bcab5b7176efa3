package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.BorrowerType;
import com.riskworkbench.portfolio.book.Dictionary;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A way to cut the book into segments (docs/methodology.md §6). */
public enum Dimension {
  PRODUCT("product"),
  CHANNEL("channel"),
  REGION("region"),
  INDUSTRY("industry"),
  RISK_GRADE("risk_grade"),
  BORROWER_TYPE("borrower_type"),
  AGE_BAND("age_band"),
  FUNDING_PARTNER("funding_partner"),
  GROUP("group"),
  BORROWER("borrower");

  /** The {@link #FUNDING_PARTNER} segment of loans that are not co-lent. */
  public static final String OWN = "(own)";

  /** The {@link #GROUP} segment of borrowers in no related-party group. */
  public static final String NO_GROUP = "(none)";

  /** Age bands at the as-of month, youngest first; "unknown" when there is no birth date. */
  public static final List<String> AGE_BANDS =
      List.of("<25", "25-34", "35-44", "45-54", "55+", "unknown");

  private final String cliName;

  Dimension(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** Parses a command-line name such as {@code risk_grade} or {@code risk-grade}. */
  public static Dimension parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    if (t.equals("grade")) {
      return RISK_GRADE;
    }
    for (Dimension d : values()) {
      if (d.cliName.equals(t)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dimension '"
            + text
            + "'; expected one of "
            + Arrays.stream(values()).map(Dimension::cliName).collect(Collectors.joining(", ")));
  }

  /** Each loan's segment code for this dimension at the as-of month, and the codes' labels. */
  public SegmentKeys keys(LoadedPortfolio p, int asOfMonth) {
    int[] borrower = p.loanBorrower();
    return switch (this) {
      case PRODUCT -> new SegmentKeys(p.loanProduct(), labels(p.products()));
      case CHANNEL -> new SegmentKeys(p.loanChannel(), labels(p.channels()));
      case RISK_GRADE -> new SegmentKeys(p.loanGrade(), labels(p.grades()));
      case REGION ->
          new SegmentKeys(viaBorrower(borrower, p.borrowerRegion()), labels(p.regions()));
      case INDUSTRY ->
          new SegmentKeys(viaBorrower(borrower, p.borrowerIndustry()), labels(p.industries()));
      case BORROWER_TYPE -> {
        int[] codes = new int[borrower.length];
        for (int l = 0; l < codes.length; l++) {
          codes[l] = p.borrowerType()[borrower[l]];
        }
        yield new SegmentKeys(
            codes, Arrays.stream(BorrowerType.values()).map(Enum::name).toArray(String[]::new));
      }
      case AGE_BAND -> new SegmentKeys(ageBands(p, asOfMonth), AGE_BANDS.toArray(String[]::new));
      case FUNDING_PARTNER -> orNone(p.loanPartner(), p.partners(), OWN);
      case GROUP -> orNone(viaBorrower(borrower, p.borrowerGroup()), p.groups(), NO_GROUP);
      case BORROWER -> new SegmentKeys(borrower, p.borrowerIds());
    };
  }

  private static int[] viaBorrower(int[] loanBorrower, int[] borrowerCode) {
    int[] codes = new int[loanBorrower.length];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = borrowerCode[loanBorrower[l]];
    }
    return codes;
  }

  /** Codes of a dictionary where {@link LoadedPortfolio#NO_CODE} becomes one more segment. */
  private static SegmentKeys orNone(int[] codes, Dictionary d, String none) {
    String[] labels = Arrays.copyOf(labels(d), d.values().size() + 1);
    int noneCode = labels.length - 1;
    labels[noneCode] = none;
    int[] out = new int[codes.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = codes[i] == LoadedPortfolio.NO_CODE ? noneCode : codes[i];
    }
    return new SegmentKeys(out, labels);
  }

  private static String[] labels(Dictionary d) {
    return d.values().toArray(String[]::new);
  }

  /** Age in completed years on the last day of the as-of month. */
  private static int[] ageBands(LoadedPortfolio p, int asOfMonth) {
    LocalDate end = Months.of(asOfMonth).atEndOfMonth();
    int[] bandOfBorrower = new int[p.borrowers()];
    for (int b = 0; b < bandOfBorrower.length; b++) {
      int birth = p.borrowerBirthDay()[b];
      if (birth == LoadedPortfolio.NO_DATE) {
        bandOfBorrower[b] = 5;
        continue;
      }
      int age = Period.between(LocalDate.ofEpochDay(birth), end).getYears();
      bandOfBorrower[b] = age < 25 ? 0 : age < 35 ? 1 : age < 45 ? 2 : age < 55 ? 3 : 4;
    }
    return viaBorrower(p.loanBorrower(), bandOfBorrower);
  }
}
