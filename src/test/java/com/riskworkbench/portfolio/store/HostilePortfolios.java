package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.MetaType;
import org.h2.mvstore.type.StringDataType;

/**
 * Portfolio files as an attacker would make them: a valid portfolio plus one object that runs code
 * or reads files when H2 opens or queries it, made with H2's own tools as the issue reproduced.
 * Each writes a marker file if its code ever runs; making some of them runs it once, so the marker
 * is deleted after making.
 */
public final class HostilePortfolios {
  /** Between the statements of one attack. */
  private static final String SEP = "\n;;\n";

  private HostilePortfolios() {}

  /** Name → SQL (given the marker's path) that turns a portfolio into the hostile one. */
  public static Map<String, Function<String, String>> attacks() {
    Map<String, Function<String, String>> a = new LinkedHashMap<>();
    a.put(
        "java-trigger",
        m ->
            "CREATE TRIGGER PWN BEFORE SELECT ON LOAN AS $$org.h2.api.Trigger create() throws"
                + " Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + m
                + "\"), \"ran\"); return new org.h2.api.Trigger() { public void fire("
                + "java.sql.Connection c, Object[] o, Object[] n) {} }; }$$");
    a.put(
        "trigger-class",
        m -> "CREATE FORCE TRIGGER PWN BEFORE SELECT ON LOAN CALL \"com.example.Pwn\"");
    a.put(
        "java-alias-behind-meta",
        m ->
            "CREATE ALIAS PWN AS $$String pwn() throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + m
                + "\"), \"ran\"); return \"1\"; }$$"
                + SEP
                + "DROP TABLE PORTFOLIO_META"
                + SEP
                + "CREATE VIEW PORTFOLIO_META(\"KEY\", \"VALUE\") AS SELECT 'schema_version', PWN()");
    a.put(
        "alias-for-runtime-exec",
        m -> "CREATE FORCE ALIAS EXEC FOR 'java.lang.Runtime.exec(java.lang.String)'");
    a.put(
        "view-file-write",
        m -> "CREATE VIEW PWN AS SELECT FILE_WRITE('ran', '" + m + "') AS X FROM LOAN");
    a.put(
        "meta-view-file-write",
        m ->
            "DROP TABLE PORTFOLIO_META"
                + SEP
                + "CREATE VIEW PORTFOLIO_META(\"KEY\", \"VALUE\") AS SELECT"
                + " 'schema_version', CAST(FILE_WRITE('ran', '"
                + m
                + "') AS VARCHAR) UNION ALL SELECT 'name', 'x'");
    a.put(
        "linked-table",
        m ->
            "CREATE FORCE LINKED TABLE PWN('', 'jdbc:h2:mem:pwn;INIT=CALL FILE_WRITE(''ran'', ''"
                + m
                + "'')', '', '', 'INFORMATION_SCHEMA.USERS')");
    a.put(
        "check-file-write",
        m ->
            "ALTER TABLE LOAN ADD CONSTRAINT PWN CHECK (FILE_WRITE('ran', '"
                + m
                + "') >= 0) NOCHECK");
    a.put(
        "default-file-write",
        m -> "ALTER TABLE LOAN ADD COLUMN PWN BIGINT DEFAULT FILE_WRITE('ran', '" + m + "')");
    a.put(
        "generated-file-write",
        m -> "ALTER TABLE LOAN ADD COLUMN PWN BIGINT AS (FILE_WRITE('ran', '" + m + "'))");
    a.put("aggregate-class", m -> "CREATE FORCE AGGREGATE PWN FOR \"com.example.Pwn\"");
    a.put("sequence", m -> "CREATE SEQUENCE PWN");
    a.put("domain", m -> "CREATE DOMAIN PWN AS VARCHAR(10) CHECK (VALUE <> 'x')");
    a.put("constant", m -> "CREATE CONSTANT PWN VALUE 1");
    a.put("synonym", m -> "CREATE SYNONYM PWN FOR LOAN");
    a.put("schema", m -> "CREATE SCHEMA PWN");
    a.put("extra-table", m -> "CREATE TABLE PWN(ID INT)");
    a.put("extra-column", m -> "ALTER TABLE LOAN ADD COLUMN PWN VARCHAR(10)");
    a.put("column-type", m -> "ALTER TABLE LOAN ALTER COLUMN PRINCIPAL DOUBLE PRECISION");
    a.put("java-object-column", m -> "ALTER TABLE LOAN ADD COLUMN PWN JAVA_OBJECT");
    a.put("extra-index", m -> "CREATE INDEX PWN ON LOAN_MONTH(STATUS)");
    a.put("month-group-index", m -> "CREATE INDEX PWN ON MONTH_GROUP(\"MONTH\")");
    a.put(
        "month-group-trigger",
        m ->
            "CREATE TRIGGER PWN BEFORE SELECT ON MONTH_GROUP AS $$org.h2.api.Trigger create()"
                + " throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + m
                + "\"), \"ran\"); return new org.h2.api.Trigger() { public void fire("
                + "java.sql.Connection c, Object[] o, Object[] n) {} }; }$$");
    a.put("second-user", m -> "CREATE USER PWN PASSWORD 'x' ADMIN");
    a.put("role", m -> "CREATE ROLE PWN");
    a.put("setting", m -> "SET MODE PostgreSQL" + SEP + "SET IGNORECASE TRUE");
    a.put("dropped-table", m -> "DROP TABLE DATA_QUALITY_FINDING");
    return a;
  }

  /**
   * Name → SQL that gives a portfolio of exactly the right schema a value no import writes; the
   * check constraints added without checking are dropped and added back the same way.
   */
  public static Map<String, String> badValues() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put(
        "unknown-status",
        "ALTER TABLE LOAN_MONTH DROP CONSTRAINT CK_LOAN_MONTH_STATUS"
            + SEP
            + "UPDATE LOAN_MONTH SET STATUS = 'LATE' WHERE LOAN_ID = 'L2'"
            + SEP
            + "ALTER TABLE LOAN_MONTH ADD CONSTRAINT CK_LOAN_MONTH_STATUS CHECK (STATUS IN"
            + " ('ACTIVE', 'PAID_OFF', 'CHARGED_OFF')) NOCHECK");
    a.put("origination-year-0", "UPDATE LOAN SET ORIGINATION_DATE = DATE '0000-01-01'");
    a.put(
        "month-year-9999",
        "UPDATE LOAN_MONTH SET \"MONTH\" = DATE '9999-01-01' WHERE LOAN_ID = 'L2' AND \"MONTH\" = DATE '2025-03-01'");
    a.put("balances-overflow", "UPDATE LOAN_MONTH SET BALANCE = 9999999999999999.99");
    a.put(
        "negative-balance",
        "ALTER TABLE LOAN_MONTH DROP CONSTRAINT CK_LOAN_MONTH_BALANCE"
            + SEP
            + "UPDATE LOAN_MONTH SET BALANCE = -5"
            + SEP
            + "ALTER TABLE LOAN_MONTH ADD CONSTRAINT CK_LOAN_MONTH_BALANCE CHECK (BALANCE >= 0)"
            + " NOCHECK");
    a.put(
        "unknown-action",
        "ALTER TABLE COLLECTION_ACTION DROP CONSTRAINT CK_COLLECTION_ACTION_ACTION_TYPE"
            + SEP
            + "UPDATE COLLECTION_ACTION SET ACTION_TYPE = 'EMAIL'"
            + SEP
            + "ALTER TABLE COLLECTION_ACTION ADD CONSTRAINT CK_COLLECTION_ACTION_ACTION_TYPE CHECK"
            + " (ACTION_TYPE IN ('SMS', 'CALL', 'VISIT', 'LETTER', 'LEGAL', 'AGENCY')) NOCHECK");
    a.put(
        "month-before-origination",
        "UPDATE LOAN_MONTH SET \"MONTH\" = DATE '2020-01-01' WHERE LOAN_ID = 'L1' AND \"MONTH\" ="
            + " DATE '2025-01-01'");
    a.put("net-assets-not-a-number", "INSERT INTO PORTFOLIO_META VALUES ('net_assets', 'lots')");
    a.put("tier1-not-a-number", "INSERT INTO PORTFOLIO_META VALUES ('tier1_net_capital', 'lots')");
    a.put(
        "unknown-booked-category",
        "ALTER TABLE LOAN_MONTH DROP CONSTRAINT CK_LOAN_MONTH_FIVE_CATEGORY"
            + SEP
            + "UPDATE LOAN_MONTH SET FIVE_CATEGORY = 'WATCH'"
            + SEP
            + "ALTER TABLE LOAN_MONTH ADD CONSTRAINT CK_LOAN_MONTH_FIVE_CATEGORY CHECK"
            + " (FIVE_CATEGORY IN ('NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'))"
            + " NOCHECK");
    a.put(
        "negative-provision",
        "ALTER TABLE LOAN_MONTH DROP CONSTRAINT CK_LOAN_MONTH_PROVISION"
            + SEP
            + "UPDATE LOAN_MONTH SET PROVISION = -5"
            + SEP
            + "ALTER TABLE LOAN_MONTH ADD CONSTRAINT CK_LOAN_MONTH_PROVISION CHECK (PROVISION >= 0)"
            + " NOCHECK");
    a.put(
        "unknown-group-category",
        "ALTER TABLE MONTH_GROUP DROP CONSTRAINT CK_MONTH_GROUP_FIVE_CATEGORY"
            + SEP
            + "UPDATE MONTH_GROUP SET FIVE_CATEGORY = 'WATCH'"
            + SEP
            + "ALTER TABLE MONTH_GROUP ADD CONSTRAINT CK_MONTH_GROUP_FIVE_CATEGORY CHECK"
            + " (FIVE_CATEGORY IN ('NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'))"
            + " NOCHECK");
    a.put(
        "negative-group-count",
        "ALTER TABLE MONTH_GROUP DROP CONSTRAINT CK_MONTH_GROUP_LOANS"
            + SEP
            + "UPDATE MONTH_GROUP SET LOANS = -1 WHERE \"MONTH\" = DATE '2025-02-01'"
            + SEP
            + "ALTER TABLE MONTH_GROUP ADD CONSTRAINT CK_MONTH_GROUP_LOANS CHECK (LOANS > 0)"
            + " NOCHECK");
    a.put(
        "own-share-above-1",
        "ALTER TABLE LOAN DROP CONSTRAINT CK_LOAN_OWN_SHARE"
            + SEP
            + "UPDATE LOAN SET FUNDING_PARTNER = 'Bank P', OWN_SHARE = 2 WHERE LOAN_ID = 'L2'"
            + SEP
            + "ALTER TABLE LOAN ADD CONSTRAINT CK_LOAN_OWN_SHARE CHECK (OWN_SHARE >= 0 AND"
            + " OWN_SHARE <= 1) NOCHECK");
    return a;
  }

  /** The portfolio given the bad value {@code name} of {@link #badValues()}. */
  public static Path withBadValue(Path folder, String name) throws Exception {
    Path file = valid(folder, name);
    execute(file, badValues().get(name));
    return file;
  }

  private static void execute(Path file, String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + PortfolioFiles.urlPath(file) + ";TRACE_LEVEL_FILE=0", "sa", "");
        Statement s = c.createStatement()) {
      for (String part : sql.split(SEP)) {
        s.execute(part);
      }
    }
  }

  /** A valid portfolio (the small test tape) at {@code file}. */
  public static Path valid(Path folder, String name) throws Exception {
    Path tape = Tapes.write(folder.resolve(name + "-tape"), Tapes.valid());
    Path file = folder.resolve(name + ".mv.db");
    PortfolioImport.run(TapeSource.folder(tape), file, "Book", false, Progress.NONE);
    return file;
  }

  /** The portfolio made hostile by attack {@code name}, its marker deleted. */
  public static Path make(Path folder, String name, Path marker) throws Exception {
    Path file = valid(folder, name);
    execute(file, attacks().get(name).apply(marker.toString()));
    Files.deleteIfExists(marker);
    return file;
  }

  /**
   * A portfolio whose storage type registry names a class of ours that writes the marker when it is
   * loaded: H2 loads every class the registry names while it opens the file.
   */
  public static Path foreignStorageType(Path folder, Path marker) throws Exception {
    Path file = valid(folder, "foreign-type");
    System.setProperty(MarkerType.MARKER, marker.toString());
    try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
      TransactionStore tx =
          new TransactionStore(
              store, new MetaType<>(null, null), new org.h2.mvstore.db.ValueDataType(), 0);
      tx.init();
      var t = tx.begin();
      t.openMap("pwn", StringDataType.INSTANCE, new MarkerType()).put("k", "v");
      t.commit();
      store.commit();
    }
    Files.deleteIfExists(marker);
    return file;
  }

  /** A storage type whose construction writes the marker named by a system property. */
  public static final class MarkerType extends org.h2.mvstore.type.BasicDataType<String> {
    static final String MARKER = "riskworkbench.test.marker";

    public MarkerType() {
      String m = System.getProperty(MARKER);
      if (m != null) {
        try {
          Files.writeString(Path.of(m), "ran");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }

    @Override
    public int getMemory(String obj) {
      return 16;
    }

    @Override
    public void write(org.h2.mvstore.WriteBuffer buff, String obj) {
      StringDataType.INSTANCE.write(buff, obj);
    }

    @Override
    public String read(java.nio.ByteBuffer buff) {
      return StringDataType.INSTANCE.read(buff);
    }

    @Override
    public String[] createStorage(int size) {
      return new String[size];
    }
  }
}
