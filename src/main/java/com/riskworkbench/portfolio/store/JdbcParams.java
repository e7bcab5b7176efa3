package com.riskworkbench.portfolio.store;

import com.riskworkbench.portfolio.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Optional values bound to a statement's parameters: an empty one is SQL NULL of its type. */
final class JdbcParams {
  private JdbcParams() {}

  static void setString(PreparedStatement p, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      p.setString(i, v.get());
    } else {
      p.setNull(i, Types.VARCHAR);
    }
  }

  static void setDate(PreparedStatement p, int i, Optional<LocalDate> v) throws SQLException {
    if (v.isPresent()) {
      p.setDate(i, Date.valueOf(v.get()));
    } else {
      p.setNull(i, Types.DATE);
    }
  }

  static void setCents(PreparedStatement p, int i, OptionalLong v) throws SQLException {
    if (v.isPresent()) {
      p.setBigDecimal(i, Money.toDecimal(v.getAsLong()));
    } else {
      p.setNull(i, Types.DECIMAL);
    }
  }

  static void setDecimal(PreparedStatement p, int i, Optional<BigDecimal> v) throws SQLException {
    if (v.isPresent()) {
      p.setBigDecimal(i, v.get());
    } else {
      p.setNull(i, Types.DECIMAL);
    }
  }

  static void setInt(PreparedStatement p, int i, OptionalInt v) throws SQLException {
    if (v.isPresent()) {
      p.setInt(i, v.getAsInt());
    } else {
      p.setNull(i, Types.INTEGER);
    }
  }
}
