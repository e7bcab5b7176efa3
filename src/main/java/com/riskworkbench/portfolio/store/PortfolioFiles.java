package com.riskworkbench.portfolio.store;

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
  public static final int SCHEMA_VERSION = 2;

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
   * database library can read its settings (this class's initialiser calls it too).
   */
  public static void restrictDatabaseClasses() {
    System.setProperty("h2.allowedClasses", ALLOWED_CLASSES);
  }

  private PortfolioFiles() {}

  /**
   * Refuses to open files unless H2 took the class restriction: it reads the property once per
   * process, so a process that used H2 before this class was loaded keeps H2's default.
   */
  private static void checkHardened() throws PortfolioException {
    if (!ALLOWED_CLASSES.equals(org.h2.engine.SysProperties.ALLOWED_CLASSES)) {
      throw new PortfolioException(
          "Portfolio files cannot be opened safely in this process: the database library was"
              + " started before its class restrictions were set.");
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
      throw new PortfolioException(
          "The path "
              + file
              + " contains ';', which the database cannot take in a file name; rename the file or folder.");
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
      throw new PortfolioException(
          "The file " + absolute + " is not a portfolio: portfolio files end in " + SUFFIX + ".");
    }
    if (!Files.exists(absolute)) {
      throw new PortfolioException("The portfolio file " + absolute + " does not exist.");
    }
    if (!Files.isRegularFile(absolute)) {
      throw new PortfolioException("The portfolio " + absolute + " is not a file.");
    }
    if (!Files.isReadable(absolute)) {
      throw new PortfolioException(
          "The portfolio file " + absolute + " cannot be read (permission denied).");
    }
    checkUsablePath(absolute);
    checkHeader(absolute);
    checkHardened();
    // Before H2 opens the file, which would replay (and compile) whatever schema it stores.
    SchemaObjects.check(absolute, StoredSchema.read(absolute));
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
          "The portfolio file " + file + " cannot be read: " + e.getMessage() + ".", e);
    }
    if (n == 0) {
      throw new PortfolioException("The portfolio file " + file + " is empty.");
    }
    if (n < 4 || !new String(head, StandardCharsets.ISO_8859_1).startsWith("H:")) {
      throw new PortfolioException(
          "The file " + file + " is not an H2 database, so it is not a portfolio.");
    }
  }

  static PortfolioException explain(Path file, SQLException e) {
    String what =
        switch (e.getErrorCode()) {
          case DATABASE_ALREADY_OPEN ->
              "is locked by another program; close it there and try again";
          case FILE_CORRUPTED, IO_EXCEPTION, GENERAL_ERROR ->
              "is damaged or incomplete (was it truncated or copied while in use?)";
          case FILE_VERSION_ERROR -> "was written by an H2 version this program cannot read";
          case WRONG_USER_OR_PASSWORD ->
              "is an H2 database protected by a password, not a portfolio";
          case DATABASE_NOT_FOUND -> "does not exist";
          default -> "cannot be opened (" + H2PortfolioWriter.firstLine(e) + ")";
        };
    if (e.getErrorCode() != DATABASE_ALREADY_OPEN && isLockMessage(e)) {
      what = "is locked by another program; close it there and try again";
    }
    return new PortfolioException("The portfolio file " + file + " " + what + ".", e);
  }

  /** A failure while reading an open portfolio, e.g. a file damaged past its header. */
  static PortfolioException explainRead(Path file, org.jooq.exception.DataAccessException e) {
    Throwable cause = e.getCause();
    if (cause instanceof SQLException sql) {
      return explain(file, sql);
    }
    return new PortfolioException(
        "The portfolio file " + file + " cannot be read: " + H2PortfolioWriter.firstLine(e) + ".",
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
