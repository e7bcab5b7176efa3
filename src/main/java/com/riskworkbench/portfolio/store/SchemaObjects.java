package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The exact set of schema objects a portfolio file has, and the judgement of a file's stored
 * statements against it (docs/decisions/0006). Anything else, a trigger, a stored function, a view,
 * a linked table, a sequence, a domain, a column of another type, is refused before H2 opens the
 * file.
 */
final class SchemaObjects {
  // H2's DbObject types, as stored.
  private static final int TABLE_OR_VIEW = 0;
  private static final int INDEX = 1;
  private static final int USER = 2;
  private static final int SEQUENCE = 3;
  private static final int TRIGGER = 4;
  private static final int CONSTRAINT = 5;
  private static final int SETTING = 6;
  private static final int ROLE = 7;
  private static final int RIGHT = 8;
  private static final int FUNCTION_ALIAS = 9;
  private static final int SCHEMA = 10;
  private static final int CONSTANT = 11;
  private static final int DOMAIN = 12;
  private static final int COMMENT = 13;
  private static final int AGGREGATE = 14;
  private static final int SYNONYM = 15;

  /** The statements of every schema version this program reads, normalised; one set each. */
  private static final List<Set<String>> KNOWN =
      List.of(
          load("/db/v1/h2-objects.txt"),
          load("/db/v2/h2-objects.txt"),
          load("/db/v3/h2-objects.txt"));

  /** The one user H2 creates, with its password's salt and hash. */
  private static final Pattern OWNER =
      Pattern.compile(
          "CREATE USER IF NOT EXISTS \"SA\" SALT '[0-9a-f]{1,64}' HASH '[0-9a-f]{1,128}' ADMIN");

  /** Settings the writer leaves in a file: numbers that change how H2 caches, nothing else. */
  private static final Pattern SETTING_STATEMENT =
      Pattern.compile("SET (CREATE_BUILD|CACHE_SIZE) [0-9]{1,10}");

  private static final String META_TABLE = "CREATE CACHED TABLE \"PUBLIC\".\"PORTFOLIO_META\"(";

  private SchemaObjects() {}

  /**
   * Refuses a file whose stored statements are not exactly those of a portfolio.
   *
   * @throws PortfolioException with one sentence that names the first object that does not belong
   */
  static void check(Path file, List<StoredSchema.Statement> statements) throws PortfolioException {
    boolean hasMeta =
        statements.stream()
            .anyMatch(s -> s.type() == TABLE_OR_VIEW && s.sql().startsWith(META_TABLE));
    boolean owner = false;
    Set<String> seen = new HashSet<>();
    for (StoredSchema.Statement s : statements) {
      if (s.type() == USER && !owner && OWNER.matcher(s.sql()).matches()) {
        owner = true;
        continue;
      }
      if (s.type() == SETTING && SETTING_STATEMENT.matcher(s.sql()).matches()) {
        continue;
      }
      String key = key(s.type(), s.sql());
      if (KNOWN.stream().noneMatch(k -> k.contains(key))) {
        if (!hasMeta && isPlainData(s)) {
          throw notAPortfolio(file);
        }
        throw new PortfolioException(Message.of("portfolio.refused", file, describe(s)));
      }
      seen.add(key);
    }
    if (!hasMeta) {
      throw notAPortfolio(file);
    }
    if (KNOWN.stream().noneMatch(seen::equals)) {
      throw new PortfolioException(Message.of("portfolio.lacksObjects", file));
    }
  }

  static PortfolioException notAPortfolio(Path file) {
    return new PortfolioException(Message.of("portfolio.notOurs", file));
  }

  /** Tables, indexes and keys: what another program's database has, as opposed to code. */
  private static boolean isPlainData(StoredSchema.Statement s) {
    return (s.type() == TABLE_OR_VIEW && s.sql().startsWith("CREATE CACHED TABLE "))
        || s.type() == INDEX
        || (s.type() == CONSTRAINT && !s.sql().contains(" CHECK"));
  }

  /** What a stored statement creates, in words of the bundle ({@code schema.*}), with its name. */
  private static Message describe(StoredSchema.Statement s) {
    String name = printable(firstQuotedName(s.sql()));
    String key =
        switch (s.type()) {
          case TABLE_OR_VIEW -> tableKind(s.sql());
          case INDEX -> "schema.index";
          case USER -> "schema.user";
          case SEQUENCE -> "schema.sequence";
          case TRIGGER -> "schema.trigger";
          case CONSTRAINT -> "schema.constraint";
          case SETTING -> "schema.setting";
          case ROLE -> "schema.role";
          case RIGHT -> "schema.grant";
          case FUNCTION_ALIAS -> "schema.function";
          case SCHEMA -> "schema.schema";
          case CONSTANT -> "schema.constant";
          case DOMAIN -> "schema.domain";
          case COMMENT -> "schema.comment";
          case AGGREGATE -> "schema.aggregate";
          case SYNONYM -> "schema.synonym";
          default -> "schema.unknown";
        };
    Message what = Message.of(key);
    return name.isEmpty() ? what : Message.of("schema.named", what, name);
  }

  private static String tableKind(String sql) {
    if (sql.contains(" VIEW ")) {
      return "schema.view";
    }
    if (sql.contains(" LINKED TABLE ")) {
      return "schema.linkedTable";
    }
    return "schema.otherTable";
  }

  /** The object's name: the last quoted name before the first '(' or the end, e.g. "LOAN". */
  private static String firstQuotedName(String sql) {
    var m =
        Pattern.compile("\"([^\"]{1,200})\"\\.\"([^\"]{1,200})\"|\"([^\"]{1,200})\"").matcher(sql);
    if (!m.find()) {
      return "";
    }
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  /** Text from a file, fit for a one-line message: no control characters, at most 160 of them. */
  static String printable(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .limit(160)
        .forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return (text.codePointCount(0, text.length()) > 160 ? b + "…" : b.toString()).strip();
  }

  /**
   * A statement as it is compared: generated names (PRIMARY_KEY_8, CONSTRAINT_2) made equal, and
   * the column statistics of ANALYZE (SELECTIVITY 90) left out.
   */
  static String key(int type, String sql) {
    String normal =
        sql.replaceAll("\"PRIMARY_KEY_[0-9A-F]{1,8}\"", "\"PRIMARY_KEY_#\"")
            .replaceAll("\"CONSTRAINT_[0-9A-F]{1,8}\"", "\"CONSTRAINT_#\"")
            .replaceAll("_INDEX_[0-9A-F]{1,8}\"", "_INDEX_#\"")
            .replaceAll(" SELECTIVITY [0-9]{1,3}(?=[ ,\n])", "");
    return type + "\t" + normal.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static Set<String> load(String resource) {
    try (InputStream in = SchemaObjects.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> keys = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(line);
        }
      }
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
