package com.riskworkbench.portfolio.book;

import java.util.Arrays;

/**
 * The optional inputs of a book as {@link PortfolioBuilder} collects them (docs/methodology.md
 * §1.1): the booked category and provision of each loan month, the co-lending partner and own share
 * of each loan, the related-party group and credit score of each borrower. Absent values are {@link
 * LoadedPortfolio#NO_CATEGORY}, {@link LoadedPortfolio#NO_AMOUNT}, {@link LoadedPortfolio#NO_CODE},
 * {@link LoadedPortfolio#NO_SCORE} and NaN.
 */
final class OptionalInputs {
  final Dictionary partners = new Dictionary();
  final Dictionary groups = new Dictionary();
  private byte[] rowCategory = new byte[1024];
  private long[] rowProvision = new long[1024];
  private int[] loanPartner = new int[1024];
  private double[] loanOwnShare = new double[1024];
  private int[] borrowerGroup = new int[1024];
  private int[] borrowerScore = new int[1024];
  private boolean anyCategory;
  private boolean anyProvision;

  void borrower(int b, int group) {
    if (b >= borrowerGroup.length) {
      borrowerGroup = Arrays.copyOf(borrowerGroup, b * 2);
      borrowerScore = Arrays.copyOf(borrowerScore, b * 2);
    }
    borrowerGroup[b] = group;
  }

  /** Called after {@link #borrower} for the same {@code b}, which sized the arrays. */
  void score(int b, int score) {
    borrowerScore[b] = score;
  }

  void loan(int l, int partner, double ownShare) {
    if (l >= loanPartner.length) {
      loanPartner = Arrays.copyOf(loanPartner, l * 2);
      loanOwnShare = Arrays.copyOf(loanOwnShare, l * 2);
    }
    loanPartner[l] = partner;
    loanOwnShare[l] = ownShare;
  }

  void row(int r, byte category, long provision) {
    if (r >= rowCategory.length) {
      grow(r * 2);
    }
    rowCategory[r] = category;
    rowProvision[r] = provision;
    anyCategory |= category != LoadedPortfolio.NO_CATEGORY;
    anyProvision |= provision != LoadedPortfolio.NO_AMOUNT;
  }

  void grow(int rows) {
    if (rows > rowCategory.length) {
      rowCategory = Arrays.copyOf(rowCategory, rows);
      rowProvision = Arrays.copyOf(rowProvision, rows);
    }
  }

  /** Reorders the first {@code rows} rows: row {@code i} becomes the old row {@code order[i]}. */
  void permuteRows(int[] order, int rows) {
    byte[] category = new byte[rows];
    long[] provision = new long[rows];
    for (int i = 0; i < rows; i++) {
      category[i] = rowCategory[order[i]];
      provision[i] = rowProvision[order[i]];
    }
    rowCategory = category;
    rowProvision = provision;
  }

  void copyTo(LoadedPortfolio out, int borrowers, int loans, int rows) {
    partners.values().forEach(out.partners::intern);
    groups.values().forEach(out.groups::intern);
    out.borrowerGroup = Arrays.copyOf(borrowerGroup, borrowers);
    out.borrowerScore = Arrays.copyOf(borrowerScore, borrowers);
    out.loanPartner = Arrays.copyOf(loanPartner, loans);
    out.loanOwnShare = Arrays.copyOf(loanOwnShare, loans);
    out.rowCategory = Arrays.copyOf(rowCategory, rows);
    out.rowProvision = Arrays.copyOf(rowProvision, rows);
    out.hasBookedCategories = anyCategory;
    out.hasProvisions = anyProvision;
  }
}
