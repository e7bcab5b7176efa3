package com.riskworkbench.sample;

import com.riskworkbench.portfolio.ActionOutcome;
import com.riskworkbench.portfolio.ActionType;
import com.riskworkbench.portfolio.CollectionAction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Collection actions in a month in which a loan is past due, escalating with the days past due: SMS
 * reminders first, calls, then letters and field visits, then outside agencies and legal action
 * from 90 days. A payment made while the loan stays past due (part of the arrears) shows as one
 * action with outcome {@code PAID}; no other outcome carries an amount.
 */
final class CollectionActions {

  private static final int MAX_PER_MONTH = 8;

  private final MonthTable months;
  private final SplittableRandom rng;
  private final String idPrefix;
  private final int idWidth;
  private long next = 1;

  private final ActionType[] types = new ActionType[MAX_PER_MONTH];
  private final long[] dates = new long[MAX_PER_MONTH];

  CollectionActions(MonthTable months, SplittableRandom rng, String idPrefix, int idWidth) {
    this.months = months;
    this.rng = rng;
    this.idPrefix = idPrefix;
    this.idWidth = idWidth;
  }

  /**
   * Adds the actions of one past-due month.
   *
   * @param oldestDueEpochDay due date of the oldest unpaid instalment: no action comes before it
   * @param paidCents amount paid in the month while the loan stayed past due, or 0
   */
  void addMonth(
      String loanId,
      int month,
      int dpd,
      long oldestDueEpochDay,
      long paidCents,
      boolean business,
      List<CollectionAction> out) {
    int n = 0;
    if (dpd < 30) {
      types[n++] = ActionType.SMS;
      if (rng.nextBoolean()) {
        types[n++] = ActionType.SMS;
      }
      if (Draws.chance(rng, 0.6)) {
        types[n++] = ActionType.CALL;
      }
    } else if (dpd < 60) {
      if (rng.nextBoolean()) {
        types[n++] = ActionType.SMS;
      }
      types[n++] = ActionType.CALL;
      if (rng.nextBoolean()) {
        types[n++] = ActionType.CALL;
      }
      if (Draws.chance(rng, 0.15)) {
        types[n++] = ActionType.LETTER;
      }
    } else if (dpd < 90) {
      types[n++] = ActionType.CALL;
      if (Draws.chance(rng, 0.4)) {
        types[n++] = ActionType.LETTER;
      }
      if (Draws.chance(rng, business ? 0.6 : 0.2)) {
        types[n++] = ActionType.VISIT;
      }
    } else {
      if (rng.nextBoolean()) {
        types[n++] = ActionType.CALL;
      }
      if (Draws.chance(rng, 0.3)) {
        types[n++] = ActionType.LETTER;
      }
      if (Draws.chance(rng, 0.65)) {
        types[n++] = ActionType.AGENCY;
      }
      if (Draws.chance(rng, business ? 0.45 : 0.2)) {
        types[n++] = ActionType.LEGAL;
      }
      if (n == 0) {
        types[n++] = ActionType.AGENCY;
      }
    }
    if (paidCents > 0) {
      types[n++] = dpd >= 90 ? ActionType.AGENCY : ActionType.CALL;
    }

    long from =
        Math.max(
            months.startEpochDay(month),
            Math.min(oldestDueEpochDay + 1, months.endEpochDay(month)));
    long span = months.endEpochDay(month) - from + 1;
    for (int i = 0; i < n; i++) {
      dates[i] = from + rng.nextLong(span);
    }
    Arrays.sort(dates, 0, n);
    for (int i = 0; i < n; i++) {
      boolean payment = paidCents > 0 && i == n - 1;
      out.add(
          new CollectionAction(
              nextId(),
              loanId,
              LocalDate.ofEpochDay(dates[i]),
              types[i],
              payment ? ActionOutcome.PAID : outcome(types[i]),
              payment ? paidCents : 0L));
    }
  }

  private ActionOutcome outcome(ActionType type) {
    int u = rng.nextInt(100);
    return switch (type) {
      case SMS ->
          u < 70
              ? ActionOutcome.NO_CONTACT
              : u < 90 ? ActionOutcome.CONTACTED : ActionOutcome.PROMISE_TO_PAY;
      case LETTER -> u < 80 ? ActionOutcome.NO_CONTACT : ActionOutcome.CONTACTED;
      case CALL, AGENCY ->
          u < 40
              ? ActionOutcome.NO_CONTACT
              : u < 65
                  ? ActionOutcome.CONTACTED
                  : u < 90 ? ActionOutcome.PROMISE_TO_PAY : ActionOutcome.REFUSED;
      case VISIT ->
          u < 30
              ? ActionOutcome.NO_CONTACT
              : u < 60
                  ? ActionOutcome.CONTACTED
                  : u < 90 ? ActionOutcome.PROMISE_TO_PAY : ActionOutcome.REFUSED;
      case LEGAL ->
          u < 50
              ? ActionOutcome.CONTACTED
              : u < 80 ? ActionOutcome.REFUSED : ActionOutcome.PROMISE_TO_PAY;
    };
  }

  private String nextId() {
    return Ids.of(idPrefix, next++, idWidth);
  }
}
