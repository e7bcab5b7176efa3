package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connections to a PostgreSQL portfolio and the one-sentence explanation of every way they fail.
 * Credentials come from the location (the URL or the window's prompt), else from {@code PGUSER} /
 * {@code PGPASSWORD} in the given environment; a password is passed to the driver only, never
 * logged nor put into a message.
 */
final class PgConnections {
  static final String ENV_USER = "PGUSER";
  static final String ENV_PASSWORD = "PGPASSWORD";

  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  // SQLSTATEs (PostgreSQL appendix A), kept here so the mapping reads as a table.
  static final String INVALID_PASSWORD = "28P01";
  static final String INVALID_AUTHORIZATION = "28000";
  static final String UNKNOWN_DATABASE = "3D000";
  static final String UNDEFINED_TABLE = "42P01";
  static final String INSUFFICIENT_PRIVILEGE = "42501";
  static final String LOCK_NOT_AVAILABLE = "55P03";
  static final String READ_ONLY_TRANSACTION = "25006";

  private PgConnections() {}

  /** The user the connection logs in as: from the location, else PGUSER, else the OS user. */
  static String user(PortfolioLocation.Postgres location, Map<String, String> env) {
    return location
        .user()
        .or(() -> Optional.ofNullable(env.get(ENV_USER)).filter(s -> !s.isBlank()))
        .orElse(System.getProperty("user.name", "postgres"));
  }

  /** Opens a connection with autocommit off. */
  static Connection connect(
      PortfolioLocation.Postgres location, Map<String, String> env, String applicationName)
      throws PortfolioException {
    Properties p = new Properties();
    String user = user(location, env);
    p.setProperty("user", user);
    Optional<char[]> password =
        location
            .password()
            .or(() -> Optional.ofNullable(env.get(ENV_PASSWORD)).map(String::toCharArray));
    password.ifPresent(pw -> p.setProperty("password", new String(pw)));
    p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    p.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    p.setProperty("ApplicationName", applicationName);
    // Sequential scans of the big table are not synchronised with other sessions', so rows come in
    // storage order, exactly as from the H2 file (floating-point sums then add up the same way).
    p.setProperty("options", "-c synchronize_seqscans=off");
    try {
      Connection c = DriverManager.getConnection(location.url(), p);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw explainConnect(location, user, password.isPresent(), e);
    }
  }

  /** {@code host:port} of the URL, for messages. */
  static String server(PortfolioLocation.Postgres location) {
    Matcher m = Pattern.compile("(?i)^jdbc:postgresql://([^/?]*)").matcher(location.url());
    String hosts = m.find() ? m.group(1) : "";
    if (hosts.isEmpty()) {
      return "localhost:5432";
    }
    return hosts.contains(":") || hosts.contains(",") ? hosts : hosts + ":5432";
  }

  /** The database name of the URL, for messages. */
  static String database(PortfolioLocation.Postgres location) {
    try {
      String path = URI.create(location.url().substring("jdbc:".length())).getPath();
      return path == null || path.length() <= 1 ? "(default)" : path.substring(1);
    } catch (IllegalArgumentException e) {
      return "(unknown)";
    }
  }

  static PortfolioException explainConnect(
      PortfolioLocation.Postgres location, String user, boolean gavePassword, SQLException e) {
    String server = server(location);
    String state = String.valueOf(e.getSQLState());
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (INVALID_PASSWORD.equals(state)) {
      return new PortfolioException(
          Message.of(gavePassword ? "pg.refusedPassword" : "pg.refusedLogin", server, user),
          e,
          true);
    }
    if (message.contains("no password was provided")) {
      return new PortfolioException(Message.of("pg.passwordNeeded", server, user), e, true);
    }
    if (INVALID_AUTHORIZATION.equals(state)) {
      return new PortfolioException(
          Message.of("pg.notAllowed", server, user, database(location)), e);
    }
    if (UNKNOWN_DATABASE.equals(state)) {
      return new PortfolioException(Message.of("pg.noDatabase", database(location), server), e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.UnknownHostException) {
        return new PortfolioException(Message.of("pg.unknownHost", server), e);
      }
      if (t instanceof java.net.SocketTimeoutException) {
        return new PortfolioException(Message.of("pg.timeout", server, CONNECT_TIMEOUT_SECONDS), e);
      }
    }
    if (state.startsWith("08")) {
      return new PortfolioException(Message.of("pg.unreachable", server), e);
    }
    return new PortfolioException(
        Message.of("pg.cannotConnect", location.display(), H2PortfolioWriter.firstLine(e)), e);
  }

  /** What was being done when a team database failed: the verb phrase of its messages. */
  static final Message READ = Message.of("pg.doing.read");

  static final Message WRITE = Message.of("pg.doing.write");

  static final Message CREATE = Message.of("pg.doing.create");

  /** A failure after connecting: permissions, a read-only server, anything else in one sentence. */
  static PortfolioException explain(
      PortfolioLocation.Postgres location, Message doing, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    if (INSUFFICIENT_PRIVILEGE.equals(state)) {
      return new PortfolioException(
          Message.of("pg.noPrivilege", doing, location.display(), serverMessage(e)), e);
    }
    if (READ_ONLY_TRANSACTION.equals(state)) {
      return new PortfolioException(Message.of("pg.readOnly", location.display(), doing), e);
    }
    if (state.startsWith("08")) {
      return new PortfolioException(Message.of("pg.lost", server(location), doing), e);
    }
    return new PortfolioException(
        Message.of("pg.failed", doing, location.display(), serverMessage(e)), e);
  }

  /** The server's own message without the driver's "ERROR: " prefix and detail lines. */
  static String serverMessage(SQLException e) {
    String m = H2PortfolioWriter.firstLine(e);
    return m.startsWith("ERROR: ") ? m.substring("ERROR: ".length()) : m;
  }

  /**
   * Opens a portfolio for reading: a read-only, repeatable-read transaction that first locks every
   * table of the portfolio (ACCESS SHARE, in {@link PgSchema#TABLES} order) and only then takes its
   * snapshot, so that every later query sees one complete portfolio — never tables that an import
   * swapped in after the snapshot (docs/decisions/0005). An import that is swapping its tables in
   * makes this wait up to {@code lockWait}.
   */
  static Connection openReadOnly(
      PortfolioLocation.Postgres location, Map<String, String> env, java.time.Duration lockWait)
      throws PortfolioException {
    Connection c = connect(location, env, "Risk Workbench");
    try {
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (java.sql.Statement s = c.createStatement()) {
        // Neither SET nor LOCK takes the snapshot; the first query after them does.
        s.execute("SET LOCAL lock_timeout = " + Math.max(1, lockWait.toMillis()));
        s.execute("LOCK TABLE " + String.join(", ", PgSchema.TABLES) + " IN ACCESS SHARE MODE");
      }
      return c;
    } catch (SQLException e) {
      PortfolioException why = explainOpen(location, c, e);
      closeQuietly(c);
      throw why;
    }
  }

  private static PortfolioException explainOpen(
      PortfolioLocation.Postgres location, Connection c, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    if (LOCK_NOT_AVAILABLE.equals(state)) {
      return new PortfolioException(Message.of("pg.importReplacing", location.display()), e);
    }
    if (!UNDEFINED_TABLE.equals(state)) {
      return explain(location, READ, e);
    }
    try {
      c.rollback();
      String schema = PgSchema.currentSchema(c);
      boolean importing = PgSchema.importInProgress(c, schema);
      boolean hasMeta = PgSchema.hasPortfolio(c, schema);
      c.rollback();
      if (!hasMeta && importing) {
        return new PortfolioException(Message.of("pg.importNoEarlier", location.display()), e);
      }
      if (!hasMeta) {
        return new PortfolioException(Message.of("pg.noPortfolio", location.display(), schema), e);
      }
    } catch (SQLException again) {
      // fall through to the plain sentence
    }
    return new PortfolioException(
        Message.of("pg.incomplete", location.display(), serverMessage(e)), e);
  }

  static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      if (!c.isClosed() && !c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException ignored) {
      // closing next; the server rolls back an open transaction of a closed connection anyway
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing to keep
    }
  }
}
