package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Facts about portfolio files and the one way to open one for reading. */
public final class PortfolioFiles {
  public static final String SUFFIX = ".mv.db";

  /** The newest schema this program reads and writes. */
  public static final int SCHEMA_VERSION = 3;

  static final String META_SCHEMA_VERSION = "schema_version";

  /** A random id written by each import into a database; keys the cache of the loaded book. */
  static final String META_IMPORT_ID = "import_id";

  // H2 error codes (org.h2.api.ErrorCode), kept here so the mapping reads as a table.
  private static final int DATABASE_ALREADY_OPEN = 90020;
  private static final int FILE_CORRUPTED = 90030;
  private static final int FILE_VERSION_ERROR = 90048;
  private static final int WRONG_USER_OR_PASSWORD = 28000;
  private static final int DATABASE_NOT_FOUND = 90146;
  private static final int IO_EXCEPTION = 90028;
  private static final int GENERAL_ERROR = 50000;

  /**
   * H2 loads no Java class named in a database: no trigger, function, aggregate, table engine or
   * serializer class (docs/decisions/0006). Set before H2 reads its system properties, which it
   * does once per process.
   */
  static final String ALLOWED_CLASSES = "";

  static {
    restrictDatabaseClasses();
  }

  /**
   * Sets H2's class restriction for this process; the program calls it first thing, before any
   * database library can read its settings (this class's initialiser calls it too). It also turns
   * off H2's cache of recently read values, which hashes every string and number a query returns to
   * share equal ones: a first open reads 90M values that the book keeps as primitives anyway (issue
   * 19: about a tenth of the open's CPU time on a 2M-loan-month file).
   */
  public static void restrictDatabaseClasses() {
    System.setProperty("h2.allowedClasses", ALLOWED_CLASSES);
    System.setProperty("h2.objectCache", "false");
  }

  private PortfolioFiles() {}

  /**
   * Refuses to open files unless H2 took the class restriction: it reads the property once per
   * process, so a process that used H2 before this class was loaded keeps H2's default.
   */
  private static void checkHardened() throws PortfolioException {
    if (!ALLOWED_CLASSES.equals(org.h2.engine.SysProperties.ALLOWED_CLASSES)) {
      throw new PortfolioException(Message.of("portfolio.unhardened"));
    }
  }

  /** The file name without {@code .mv.db}: {@code /a/book.mv.db} → {@code book}. */
  public static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }

  /** The path as H2 wants it in a URL: absolute, without {@code .mv.db}. */
  static String urlPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.resolveSibling(baseName(absolute)).toString();
  }

  /**
   * Refuses a path H2 would misread: its URL takes settings after a {@code ;}, so a file named
   * {@code x;INIT=...} would run SQL.
   */
  static void checkUsablePath(Path file) throws PortfolioException {
    if (file.toString().indexOf(';') >= 0) {
      throw new PortfolioException(Message.of("portfolio.semicolon", file));
    }
  }

  /**
   * Opens a portfolio file read-only. The file's bytes are never changed: H2 opens it with {@code
   * ACCESS_MODE_DATA=r} and writes no trace file. Every way the file can be unusable ends in a
   * {@link PortfolioException} with one sentence that names it.
   */
  static Connection openReadOnly(Path file) throws PortfolioException {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.getFileName().toString().endsWith(SUFFIX)) {
      throw new PortfolioException(Message.of("portfolio.notSuffix", absolute, SUFFIX));
    }
    if (!Files.exists(absolute)) {
      throw new PortfolioException(Message.of("portfolio.missing", absolute));
    }
    if (!Files.isRegularFile(absolute)) {
      throw new PortfolioException(Message.of("portfolio.notFile", absolute));
    }
    if (!Files.isReadable(absolute)) {
      throw new PortfolioException(Message.of("portfolio.permission", absolute));
    }
    checkUsablePath(absolute);
    checkHeader(absolute);
    checkHardened();
    // Before H2 opens the file, which would replay (and compile) whatever schema it stores.
    SchemaObjects.check(absolute, StoredSchema.read(absolute));
    return connect(absolute);
  }

  /**
   * A second connection to a file that {@link #openReadOnly} has opened and whose connection is
   * still open: H2 gives it a new session on the database already open in this program, checked as
   * that one was. (Checking again would read the stored schema, and the open file is locked.)
   */
  static Connection openAgain(Path file) throws PortfolioException {
    return connect(file.toAbsolutePath().normalize());
  }

  private static Connection connect(Path absolute) throws PortfolioException {
    String url =
        "jdbc:h2:file:"
            + urlPath(absolute)
            + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=1";
    try {
      return DriverManager.getConnection(url, "sa", "");
    } catch (SQLException e) {
      throw explain(absolute, e);
    }
  }

  /** H2 files start with a text header {@code H:2,...}; anything else is some other file. */
  private static void checkHeader(Path file) throws PortfolioException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new PortfolioException(
          Message.of(
              "portfolio.readFailed", Message.of("portfolio.subject.file", file), e.getMessage()),
          e);
    }
    if (n == 0) {
      throw new PortfolioException(Message.of("portfolio.empty", file));
    }
    if (n < 4 || !new String(head, StandardCharsets.ISO_8859_1).startsWith("H:")) {
      throw new PortfolioException(Message.of("portfolio.notH2", file));
    }
  }

  static PortfolioException explain(Path file, SQLException e) {
    Message what =
        switch (e.getErrorCode()) {
          case DATABASE_ALREADY_OPEN -> Message.of("portfolio.locked", file);
          case FILE_CORRUPTED, IO_EXCEPTION, GENERAL_ERROR -> Message.of("portfolio.damaged", file);
          case FILE_VERSION_ERROR -> Message.of("portfolio.h2Version", file);
          case WRONG_USER_OR_PASSWORD -> Message.of("portfolio.password", file);
          case DATABASE_NOT_FOUND -> Message.of("portfolio.missing", file);
          default -> Message.of("portfolio.cannotOpen", file, H2PortfolioWriter.firstLine(e));
        };
    if (e.getErrorCode() != DATABASE_ALREADY_OPEN && isLockMessage(e)) {
      what = Message.of("portfolio.locked", file);
    }
    return new PortfolioException(what, e);
  }

  /** A failure while reading an open portfolio, e.g. a file damaged past its header. */
  static PortfolioException explainRead(Path file, org.jooq.exception.DataAccessException e) {
    Throwable cause = e.getCause();
    if (cause instanceof SQLException sql) {
      return explain(file, sql);
    }
    return new PortfolioException(
        Message.of(
            "portfolio.readFailed",
            Message.of("portfolio.subject.file", file),
            H2PortfolioWriter.firstLine(e)),
        e);
  }

  private static boolean isLockMessage(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("locked") || m.contains("already in use")) {
        return true;
      }
    }
    return false;
  }
}
