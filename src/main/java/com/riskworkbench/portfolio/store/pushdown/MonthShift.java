package com.riskworkbench.portfolio.store.pushdown;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.types.YearToMonth;

/**
 * A date column moved by whole months, rendered for each database: jOOQ 3.19 renders {@code
 * localDateAdd(…, MONTH)} as {@code dateadd(month, n, d)} for DuckDB, which has no such function,
 * so DuckDB gets {@code d + interval 'n months'} (a timestamp there, cast back to a date). H2 and
 * PostgreSQL keep the rendering their tests and benchmarks ran.
 */
final class MonthShift {
  private MonthShift() {}

  static Field<LocalDate> plusMonths(DSLContext db, Field<LocalDate> date, int months) {
    if (db.dialect().family() == SQLDialect.DUCKDB) {
      YearToMonth shift = new YearToMonth(Math.abs(months) / 12, Math.abs(months) % 12);
      return (months < 0 ? date.minus(shift) : date.plus(shift)).cast(SQLDataType.LOCALDATE);
    }
    return DSL.localDateAdd(date, DSL.inline(months), org.jooq.DatePart.MONTH);
  }
}
