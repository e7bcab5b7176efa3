package com.riskworkbench.portfolio.store;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.db.DefaultSchema;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The second look at an opened portfolio file, through H2's information schema and before any query
 * reads its data: no code object of any kind, and exactly the tables and columns of the generated
 * classes, each of its declared type, with no default and no generated value (docs/decisions/0006).
 * The first look, {@link SchemaObjects}, already refused such a file before H2 opened it; this one
 * holds even if that reading and H2's ever disagree.
 */
final class OpenSchemaCheck {
  private static final String INFO = "INFORMATION_SCHEMA";

  private OpenSchemaCheck() {}

  /**
   * Checks the opened file and returns the schema version its tables are exactly: 1, 2 or 3.
   *
   * @throws PortfolioException when it holds code of any kind, or its columns are not exactly those
   *     of one schema version
   */
  static int check(Path file, DSLContext db) throws PortfolioException {
    noneOf(file, db, "TRIGGERS", "TRIGGER_SCHEMA", "schema.trigger");
    noneOf(file, db, "ROUTINES", "ROUTINE_SCHEMA", "schema.function");
    noneOf(file, db, "VIEWS", "TABLE_SCHEMA", "schema.view");
    noneOf(file, db, "SEQUENCES", "SEQUENCE_SCHEMA", "schema.sequence");
    noneOf(file, db, "DOMAINS", "DOMAIN_SCHEMA", "schema.domain");
    noneOf(file, db, "CONSTANTS", "CONSTANT_SCHEMA", "schema.constant");
    noneOf(file, db, "SYNONYMS", "SYNONYM_SCHEMA", "schema.synonym");
    Set<String> schemas =
        new TreeSet<>(
            db.select(field(name("SCHEMA_NAME"), String.class))
                .from(table(name(INFO, "SCHEMATA")))
                .fetch(r -> r.value1()));
    if (!schemas.equals(Set.of(INFO, "PUBLIC"))) {
      refuse(file, Message.of("schema.otherSchema"));
    }
    Set<Field<?>> v3Only = Set.of(SchemaVersions.ADDED_IN_V3.fields());
    Set<String> v3 = columns(Set.of());
    Set<String> v2 = columns(v3Only);
    Set<Field<?>> v2And3 = new java.util.HashSet<>(v3Only);
    v2And3.addAll(SchemaVersions.ADDED_IN_V2);
    Set<String> v1 = columns(v2And3);
    Set<String> actual = actualColumns(db);
    if (actual.equals(v3)) {
      return 3;
    }
    if (actual.equals(v2)) {
      return 2;
    }
    if (actual.equals(v1)) {
      return 1;
    }
    TreeSet<String> extra = new TreeSet<>(actual);
    extra.removeAll(v3);
    throw refusal(
        file,
        extra.isEmpty()
            ? Message.of("schema.fewerColumns")
            : Message.of("schema.oddColumn", SchemaObjects.printable(extra.first())));
  }

  /**
   * The columns of the generated classes, as the information schema lists them, but {@code left}.
   */
  private static Set<String> columns(Set<Field<?>> left) {
    Set<String> expected = new TreeSet<>();
    for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      for (Field<?> f : t.fields()) {
        if (left.contains(f)) {
          continue;
        }
        expected.add(
            t.getName()
                + "."
                + f.getName()
                + " "
                + f.getDataType().getTypeName().toUpperCase(Locale.ROOT)
                + " "
                + (f.getDataType().nullable() ? "YES" : "NO")
                + " NEVER");
      }
    }
    return expected;
  }

  private static Set<String> actualColumns(DSLContext db) {
    return new TreeSet<>(
        db.select(
                field(name("TABLE_NAME"), String.class),
                field(name("COLUMN_NAME"), String.class),
                field(name("DATA_TYPE"), String.class),
                field(name("IS_NULLABLE"), String.class),
                field(name("IS_GENERATED"), String.class),
                field(name("COLUMN_DEFAULT"), String.class),
                field(name("DOMAIN_NAME"), String.class))
            .from(table(name(INFO, "COLUMNS")))
            .where(field(name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
            .fetch(
                r ->
                    r.value1()
                        + "."
                        + r.value2()
                        + " "
                        + normalType(r.value3())
                        + " "
                        + r.value4()
                        + " "
                        + r.value5()
                        + (r.value6() == null ? "" : " DEFAULT")
                        + (r.value7() == null ? "" : " DOMAIN")));
  }

  /** H2's information schema says CHARACTER VARYING and NUMERIC; jOOQ says VARCHAR, DECIMAL. */
  private static String normalType(String type) {
    return switch (type) {
      case "CHARACTER VARYING" -> "VARCHAR";
      case "NUMERIC" -> "DECIMAL";
      default -> type;
    };
  }

  private static void noneOf(Path file, DSLContext db, String view, String schema, String whatKey)
      throws PortfolioException {
    int n =
        db.select(count())
            .from(table(name(INFO, view)))
            .where(field(name(schema), String.class).ne(INFO))
            .fetchOne(0, int.class);
    if (n > 0) {
      refuse(file, Message.of(whatKey));
    }
  }

  private static void refuse(Path file, Message what) throws PortfolioException {
    throw refusal(file, what);
  }

  private static PortfolioException refusal(Path file, Message what) {
    return new PortfolioException(Message.of("portfolio.refused", file, what));
  }
}
