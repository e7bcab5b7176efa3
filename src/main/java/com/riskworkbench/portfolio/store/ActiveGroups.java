package com.riskworkbench.portfolio.store;

import static com.riskworkbench.portfolio.db.Tables.MONTH_GROUP;

import com.riskworkbench.portfolio.BookedCategory;
import com.riskworkbench.portfolio.Money;
import com.riskworkbench.portfolio.book.LoadedPortfolio;
import com.riskworkbench.portfolio.book.Months;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import com.riskworkbench.portfolio.store.pushdown.ActiveGroup;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * The stored {@code month_group} of a version-3 portfolio: read in one small query, and compared
 * with the groups of the loaded book, which a file whose groups were altered cannot pass.
 */
final class ActiveGroups {
  private ActiveGroups() {}

  /**
   * Every month's ACTIVE groups, months ascending, each month's groups by days past due, then no
   * category, NORMAL, …, LOSS; rows that name the same group are summed. Empty before version 3.
   *
   * @throws PortfolioBuilder.BadValue for an unknown category, a negative count or amount
   * @throws ArithmeticException for sums beyond a {@code long}
   */
  static Optional<Map<YearMonth, List<ActiveGroup>>> read(DSLContext db, int schemaVersion) {
    if (schemaVersion < 3) {
      return Optional.empty();
    }
    // month → group key → {loans, balance in cents}
    Map<YearMonth, TreeMap<Long, long[]>> sums = new TreeMap<>();
    db.select(
            MONTH_GROUP.MONTH,
            MONTH_GROUP.DAYS_PAST_DUE,
            MONTH_GROUP.FIVE_CATEGORY,
            MONTH_GROUP.LOANS,
            MONTH_GROUP.BALANCE)
        .from(MONTH_GROUP)
        .forEach(
            r -> {
              YearMonth month = YearMonth.from(r.value1());
              int dpd = r.value2();
              int category = r.value3() == null ? -1 : BookedCategory.valueOf(r.value3()).ordinal();
              long loans = r.value4();
              long cents = Money.toCents(r.value5());
              if (dpd < 0 || loans < 0 || cents < 0) {
                throw new PortfolioBuilder.BadValue(
                    "a negative count or amount in the active groups of " + month);
              }
              long[] sum =
                  sums.computeIfAbsent(month, k -> new TreeMap<>())
                      .computeIfAbsent(MonthTotals.groupKey(dpd, category), k -> new long[2]);
              sum[0] = Math.addExact(sum[0], loans);
              sum[1] = Math.addExact(sum[1], cents);
            });
    BookedCategory[] categories = BookedCategory.values();
    Map<YearMonth, List<ActiveGroup>> out = new TreeMap<>();
    sums.forEach(
        (month, groups) -> {
          List<ActiveGroup> list = new ArrayList<>(groups.size());
          groups.forEach(
              (key, sum) -> {
                int category = (int) (key & 7) - 1;
                list.add(
                    new ActiveGroup(
                        (int) (key >>> 3),
                        category < 0 ? Optional.empty() : Optional.of(categories[category]),
                        sum[0],
                        sum[1]));
              });
          out.put(month, List.copyOf(list));
        });
    return Optional.of(Collections.unmodifiableMap(out));
  }

  /**
   * Whether the book's ACTIVE rows make exactly the stored groups: per month and (days past due,
   * booked category), the same count and the same balance in cents. One pass over the row arrays
   * with one primitive hash lookup per ACTIVE row; nothing is allocated per row.
   */
  static boolean matchBook(LoadedPortfolio book, Map<YearMonth, List<ActiveGroup>> stored) {
    Long2IntOpenHashMap index = new Long2IntOpenHashMap();
    index.defaultReturnValue(-1);
    List<long[]> expected = new ArrayList<>();
    stored.forEach(
        (month, groups) -> {
          for (ActiveGroup g : groups) {
            int category = g.booked().map(Enum::ordinal).orElse(-1);
            index.put(key(Months.ordinal(month), g.daysPastDue(), category), expected.size());
            expected.add(new long[] {g.loans(), g.balanceCents()});
          }
        });
    long[] loans = new long[expected.size()];
    long[] cents = new long[expected.size()];
    int[] month = book.rowMonth();
    int[] dpd = book.rowDpd();
    byte[] status = book.rowStatus();
    byte[] category = book.rowCategory();
    long[] balance = book.rowBalance();
    for (int r = 0; r < book.rows(); r++) {
      if (status[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      int i = index.get(key(month[r], dpd[r], category[r]));
      if (i < 0) {
        return false;
      }
      loans[i]++;
      cents[i] += balance[r];
    }
    for (int i = 0; i < loans.length; i++) {
      if (loans[i] != expected.get(i)[0] || cents[i] != expected.get(i)[1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Month ordinal (years 1900 to 2099 in a loaded book), days past due (≥ 0, 31 bits), category + 1
   * (0 to 5): one long, distinct for distinct groups.
   */
  private static long key(int monthOrdinal, int daysPastDue, int category) {
    return ((long) monthOrdinal << 35) | ((long) daysPastDue << 3) | (category + 1);
  }
}
