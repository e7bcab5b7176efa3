package com.riskworkbench.sample;

import com.riskworkbench.portfolio.DetectionChannel;
import com.riskworkbench.portfolio.FraudCase;
import com.riskworkbench.portfolio.FraudStatus;
import com.riskworkbench.portfolio.FraudType;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fraud cases on loans planned as fraud, written after the loan's history is known so the case
 * agrees with it: losses are the charged-off amount and recoveries the amount recovered by the end
 * of the window; a case on a loan that never went past due is often dismissed. A case is reported
 * after the origination date and by the end of the window, or not at all (not detected yet).
 * Exposure is the loan's principal.
 */
final class FraudCases {

  private static final List<String> FPD_WEAK_CHANNEL_CAUSES =
      List.of(
          "Weak device fingerprinting on partner channel",
          "Partner sales agent batch-submitted applications",
          "Fraud ring using rented identities");

  private final MonthTable months;
  private final SplittableRandom rng;
  private final String idPrefix;
  private final int idWidth;
  private final long windowEndEpochDay;
  private long next = 1;

  FraudCases(MonthTable months, SplittableRandom rng, String idPrefix, int idWidth) {
    this.months = months;
    this.rng = rng;
    this.idPrefix = idPrefix;
    this.idWidth = idWidth;
    this.windowEndEpochDay = months.endEpochDay(months.last);
  }

  /** The case for a fraud loan that has just been played by {@code outcome}, if reported yet. */
  Optional<FraudCase> caseFor(LoanPlan plan, LoanSimulator outcome) {
    FraudType type =
        plan.firstPaymentDefault()
            ? FraudType.FIRST_PAYMENT_DEFAULT
            : plan.otherFraud().orElseThrow();
    boolean pastDue = outcome.firstPastDueMonth != LoanSimulator.NONE;
    DetectionChannel detection = detection(type, pastDue);
    long origination = plan.loan().originationDate().toEpochDay();
    long reported;
    if (detection == DetectionChannel.COLLECTIONS) {
      reported = months.startEpochDay(outcome.firstPastDueMonth) + 10 + rng.nextInt(60);
    } else if (type == FraudType.FIRST_PAYMENT_DEFAULT) {
      reported = origination + 35 + rng.nextInt(60);
    } else {
      reported = origination + 7 + rng.nextInt(300);
    }
    reported = Math.max(reported, origination + 1);
    if (reported > windowEndEpochDay) {
      return Optional.empty();
    }

    boolean chargedOff = outcome.finalStatus == LoanStatus.CHARGED_OFF;
    FraudStatus status = status(type, chargedOff, outcome.finalDpd > 0, outcome.recoveryCents > 0);
    long loss = 0;
    long recovered = 0;
    if (chargedOff && status != FraudStatus.DISMISSED) {
      loss = outcome.chargeOffCents;
      recovered = outcome.recoveryCents;
    }
    // Identity cases are sometimes opened on the applicant before any loan is tied to them.
    boolean borrowerOnly =
        (type == FraudType.SYNTHETIC_IDENTITY || type == FraudType.IDENTITY_THEFT)
            && Draws.chance(rng, 0.1);
    String loanId = plan.loan().loanId();
    return Optional.of(
        new FraudCase(
            Ids.of(idPrefix, next++, idWidth),
            borrowerOnly ? Optional.empty() : Optional.of(loanId),
            Optional.of(plan.loan().borrowerId()),
            LocalDate.ofEpochDay(reported),
            type,
            detection,
            status,
            plan.loan().principalCents(),
            loss,
            recovered,
            Optional.of(rootCause(type, plan.channel())),
            Optional.of(summary(type, plan, loanId, status))));
  }

  private DetectionChannel detection(FraudType type, boolean pastDue) {
    int u = rng.nextInt(100);
    DetectionChannel d =
        switch (type) {
          case FIRST_PAYMENT_DEFAULT ->
              u < 55
                  ? DetectionChannel.COLLECTIONS
                  : u < 85 ? DetectionChannel.MODEL_ALERT : DetectionChannel.MANUAL_REVIEW;
          case IDENTITY_THEFT ->
              u < 40
                  ? DetectionChannel.THIRD_PARTY_TIP
                  : u < 70 ? DetectionChannel.COLLECTIONS : DetectionChannel.MODEL_ALERT;
          case SYNTHETIC_IDENTITY ->
              u < 50
                  ? DetectionChannel.MODEL_ALERT
                  : u < 80 ? DetectionChannel.COLLECTIONS : DetectionChannel.MANUAL_REVIEW;
          case APPLICATION_MISREPRESENTATION ->
              u < 40
                  ? DetectionChannel.MANUAL_REVIEW
                  : u < 80 ? DetectionChannel.COLLECTIONS : DetectionChannel.MODEL_ALERT;
          case DOCUMENT_FORGERY ->
              u < 50
                  ? DetectionChannel.MANUAL_REVIEW
                  : u < 80 ? DetectionChannel.AUDIT : DetectionChannel.THIRD_PARTY_TIP;
          case INSIDER_COLLUSION ->
              u < 70 ? DetectionChannel.AUDIT : DetectionChannel.THIRD_PARTY_TIP;
          case LOAN_PURPOSE_MISUSE ->
              u < 40
                  ? DetectionChannel.MANUAL_REVIEW
                  : u < 60 ? DetectionChannel.AUDIT : DetectionChannel.COLLECTIONS;
          case OTHER -> u < 50 ? DetectionChannel.MODEL_ALERT : DetectionChannel.THIRD_PARTY_TIP;
        };
    // Collections cannot find a loan that never fell past due.
    return d == DetectionChannel.COLLECTIONS && !pastDue ? DetectionChannel.MODEL_ALERT : d;
  }

  private FraudStatus status(
      FraudType type, boolean chargedOff, boolean pastDue, boolean recovered) {
    int u = rng.nextInt(100);
    if (chargedOff) {
      return recovered && u < 40
          ? FraudStatus.CLOSED
          : u < 90 ? FraudStatus.CONFIRMED : FraudStatus.OPEN;
    }
    if (pastDue || type == FraudType.FIRST_PAYMENT_DEFAULT) {
      return u < 55 ? FraudStatus.OPEN : FraudStatus.CONFIRMED;
    }
    return u < 45 ? FraudStatus.DISMISSED : u < 70 ? FraudStatus.OPEN : FraudStatus.CLOSED;
  }

  private String rootCause(FraudType type, Channel channel) {
    return switch (type) {
      case FIRST_PAYMENT_DEFAULT ->
          channel == Channel.PARTNER_B
              ? FPD_WEAK_CHANNEL_CAUSES.get(rng.nextInt(FPD_WEAK_CHANNEL_CAUSES.size()))
              : pick("Stolen identity passed liveness check", "Fraud ring using rented identities");
      case IDENTITY_THEFT ->
          pick(
              "Stolen ID card with spoofed face verification",
              "SIM swap takeover of applicant's phone");
      case SYNTHETIC_IDENTITY ->
          pick("Synthetic identity with purchased phone numbers", "Fabricated employment records");
      case APPLICATION_MISREPRESENTATION ->
          pick("Inflated income on application", "Undisclosed borrowing on other platforms");
      case DOCUMENT_FORGERY ->
          pick("Forged business licence", "Forged bank statements", "Altered tax records");
      case INSIDER_COLLUSION -> pick("Agent collusion", "Branch staff bypassed verification");
      case LOAN_PURPOSE_MISUSE ->
          pick(
              "Funds diverted to property down payment",
              "Funds diverted to securities trading",
              "Funds used to repay other platforms");
      case OTHER -> pick("Mule account received disbursement", "Loan stacking by organised group");
    };
  }

  private String pick(String... options) {
    return options[rng.nextInt(options.length)];
  }

  private static String summary(FraudType type, LoanPlan plan, String loanId, FraudStatus status) {
    StringBuilder sb = new StringBuilder(160);
    sb.append(plan.product().label)
        .append(' ')
        .append(loanId)
        .append(" via ")
        .append(plan.channel().label)
        .append(", principal ")
        .append(Money.format(plan.loan().principalCents()))
        .append(" CNY, originated ")
        .append(plan.loan().originationDate())
        .append(". ");
    sb.append(
        switch (type) {
          case FIRST_PAYMENT_DEFAULT ->
              "No instalment ever paid; application shares device and contact data with others from the same batch.";
          case IDENTITY_THEFT ->
              "The named borrower denies applying; identity documents were used without consent.";
          case SYNTHETIC_IDENTITY -> "Applicant details do not belong to one real person.";
          case APPLICATION_MISREPRESENTATION ->
              "Income or existing debt materially misstated at application.";
          case DOCUMENT_FORGERY ->
              "Supporting documents found to be forged on verification with the issuer.";
          case INSIDER_COLLUSION ->
              "Intermediary helped the applicant pass checks in exchange for a fee.";
          case LOAN_PURPOSE_MISUSE -> "Funds not used for the stated purpose.";
          case OTHER -> "Irregular disbursement pattern flagged.";
        });
    if (status == FraudStatus.DISMISSED) {
      sb.append(" Investigation found no fraud.");
    }
    return sb.toString();
  }
}
