package com.riskworkbench.portfolio.store;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.LoanMonth;
import com.riskworkbench.portfolio.LoanStatus;
import com.riskworkbench.portfolio.Money;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What both writers accumulate while the loan months stream past, for the two small tables of their
 * own: per month the rows, the ACTIVE loans and their balance ({@code month_summary}), and the
 * ACTIVE rows by days past due and booked category ({@code month_group}). One map lookup per new
 * month and one per ACTIVE row, keyed by a primitive; no second pass over the months.
 */
final class MonthTotals {
  /** Per month, first day → its totals; ascending, the order both tables are written in. */
  private final Map<LocalDate, Month> months = new TreeMap<>();

  private LocalDate lastKey;
  private Month last;

  /** Counts one loan month; returns the first day of its month, the value the writers store. */
  LocalDate add(LoanMonth m) {
    LocalDate first = m.month().atDay(1);
    if (!first.equals(lastKey)) {
      lastKey = first;
      last = months.computeIfAbsent(first, k -> new Month());
    }
    last.rows++;
    if (m.status() == LoanStatus.ACTIVE) {
      last.active++;
      last.balanceCents += m.balanceCents();
      long[] group =
          last.groups.computeIfAbsent(
              groupKey(m.daysPastDue(), m.fiveCategory().map(Enum::ordinal).orElse(-1)),
              k -> new long[2]);
      group[0]++;
      group[1] += m.balanceCents();
    }
    return first;
  }

  /**
   * Days past due in the high bits, the category's ordinal + 1 (0 for none) in the low three: the
   * keys sort as the rows are written, by days past due, then no category, NORMAL, …, LOSS.
   */
  static long groupKey(int daysPastDue, int categoryOrdinal) {
    return ((long) daysPastDue << 3) | (categoryOrdinal + 1);
  }

  /**
   * Inserts {@code month_summary} and {@code month_group}, inside the import's transaction.
   *
   * @param summaryInsert {@code INSERT … (month, loan_rows, active_loans, outstanding) VALUES (?,
   *     ?, ?, ?)} for this database
   * @param groupInsert {@code INSERT … (month, days_past_due, five_category, loans, balance) VALUES
   *     (?, ?, ?, ?, ?)}
   */
  void write(Connection c, String summaryInsert, String groupInsert) throws SQLException {
    try (PreparedStatement summary = c.prepareStatement(summaryInsert);
        PreparedStatement groups = c.prepareStatement(groupInsert)) {
      BookedCategory[] categories = BookedCategory.values();
      for (Map.Entry<LocalDate, Month> e : months.entrySet()) {
        Month m = e.getValue();
        summary.setObject(1, e.getKey());
        summary.setInt(2, Math.toIntExact(m.rows));
        summary.setInt(3, Math.toIntExact(m.active));
        summary.setBigDecimal(4, Money.toDecimal(m.balanceCents));
        summary.addBatch();
        long[] keys = m.groups.keySet().toLongArray();
        Arrays.sort(keys);
        for (long key : keys) {
          long[] group = m.groups.get(key);
          int category = (int) (key & 7) - 1;
          groups.setObject(1, e.getKey());
          groups.setInt(2, (int) (key >>> 3));
          if (category < 0) {
            groups.setNull(3, Types.VARCHAR);
          } else {
            groups.setString(3, categories[category].name());
          }
          groups.setInt(4, Math.toIntExact(group[0]));
          groups.setBigDecimal(5, Money.toDecimal(group[1]));
          groups.addBatch();
        }
      }
      summary.executeBatch();
      groups.executeBatch();
    }
  }

  private static final class Month {
    long rows;
    long active;
    long balanceCents;

    /** {@link #groupKey} → {loans, balance in cents}. */
    final Long2ObjectOpenHashMap<long[]> groups = new Long2ObjectOpenHashMap<>();
  }
}
