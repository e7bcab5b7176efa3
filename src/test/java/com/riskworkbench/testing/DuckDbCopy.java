package com.riskworkbench.testing;

import static com.riskworkbench.portfolio.db.Tables.BORROWER;
import static com.riskworkbench.portfolio.db.Tables.COLLECTION_ACTION;
import static com.riskworkbench.portfolio.db.Tables.DATA_QUALITY_FINDING;
import static com.riskworkbench.portfolio.db.Tables.FRAUD_CASE;
import static com.riskworkbench.portfolio.db.Tables.LOAN;
import static com.riskworkbench.portfolio.db.Tables.LOAN_MONTH;
import static com.riskworkbench.portfolio.db.Tables.MONTH_SUMMARY;
import static com.riskworkbench.portfolio.db.Tables.PORTFOLIO_META;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies the tables the analyses read from an H2 portfolio file into a new DuckDB database, with
 * the column types jOOQ renders for DuckDB: the push-down queries can then run there as they do on
 * H2 and PostgreSQL.
 */
public final class DuckDbCopy {
  private DuckDbCopy() {}

  private static final List<Table<?>> TABLES =
      List.of(
          PORTFOLIO_META,
          BORROWER,
          LOAN,
          LOAN_MONTH,
          COLLECTION_ACTION,
          FRAUD_CASE,
          DATA_QUALITY_FINDING,
          MONTH_SUMMARY);

  /**
   * Copies {@code file} ({@code *.mv.db}, not open elsewhere: H2 lets one program hold it) into the
   * DuckDB file {@code duck}; returns an open connection to it.
   */
  public static Connection copy(Path file, Path duck) throws Exception {
    String path = file.toAbsolutePath().toString();
    String url =
        "jdbc:h2:file:"
            + path.substring(0, path.length() - ".mv.db".length())
            + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    Connection to = DriverManager.getConnection("jdbc:duckdb:" + duck.toAbsolutePath());
    try (Connection from = DriverManager.getConnection(url, "sa", "")) {
      DSLContext h2 = DSL.using(from, SQLDialect.H2);
      DSLContext d = DSL.using(to, SQLDialect.DUCKDB);
      for (Table<?> t : TABLES) {
        d.createTable(t).columns(t.fields()).execute();
        String insert =
            d.insertInto(t)
                .columns(t.fields())
                .values(Collections.nCopies(t.fields().length, (Object) null))
                .getSQL();
        to.setAutoCommit(false);
        try (PreparedStatement ps = to.prepareStatement(insert)) {
          int n = 0;
          for (Record r : h2.selectFrom(t).fetch()) {
            Field<?>[] fields = t.fields();
            for (int i = 0; i < fields.length; i++) {
              ps.setObject(i + 1, r.get(i));
            }
            ps.addBatch();
            if (++n % 5_000 == 0) {
              ps.executeBatch();
            }
          }
          ps.executeBatch();
        }
        to.commit();
        to.setAutoCommit(true);
      }
    } catch (Exception e) {
      to.close();
      throw e;
    }
    return to;
  }
}
