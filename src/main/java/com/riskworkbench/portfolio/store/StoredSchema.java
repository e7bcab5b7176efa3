package com.riskworkbench.portfolio.store;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.PortfolioException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.MetaType;
import org.h2.mvstore.type.StringDataType;
import org.h2.result.Row;

/**
 * The schema statements stored in an H2 file, read from its storage layer without opening it as a
 * database: nothing in the file is compiled, loaded or run (docs/decisions/0006). H2 replays these
 * statements when it opens a database, and a trigger's Java source is compiled and initialised
 * right then, before any query; so they are read and judged here first.
 */
final class StoredSchema {
  /** One schema object as H2 stores it: its kind (H2's DbObject type) and its statement. */
  record Statement(int type, String sql) {}

  /** H2's own storage types: the only classes a portfolio's type registry may name. */
  private static final String H2_STORAGE_TYPES = "org.h2.mvstore.";

  private StoredSchema() {}

  /**
   * Reads the stored schema statements of {@code file}.
   *
   * @throws PortfolioException when the file is locked, damaged, has unfinished transactions, or
   *     its type registry names a class that is not one of H2's storage types
   */
  static List<Statement> read(Path file) throws PortfolioException {
    MVStore store;
    try {
      store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    } catch (MVStoreException e) {
      throw unreadable(file, e);
    } catch (RuntimeException e) {
      throw damaged(file, e);
    }
    try {
      return statements(file, store);
    } catch (MVStoreException e) {
      throw unreadable(file, e);
    } catch (PortfolioException e) {
      throw e;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      throw damaged(file, e);
    } finally {
      try {
        store.close();
      } catch (RuntimeException ignored) {
        // opened read-only: closing has nothing to save
      }
    }
  }

  private static List<Statement> statements(Path file, MVStore store) throws PortfolioException {
    // A cleanly closed file has no pending transaction. With one, the committed state depends on
    // H2's recovery, which this reader would have to imitate exactly; refuse instead.
    for (String name : store.getMapNames()) {
      if ((name.startsWith("undoLog") || name.equals("openTransactions")) && store.hasData(name)) {
        throw new PortfolioException(Message.of("portfolio.unfinished", file));
      }
    }
    MetaType<Object> types = guardedTypes(file);
    // Every entry of the type registry is read now, through the guard, so that the same bytes
    // name only H2's storage classes when H2 reads them during the open.
    MVMap<String, ?> registry =
        store.openMap(
            "_",
            new MVMap.Builder<String, org.h2.mvstore.type.DataType<?>>()
                .keyType(StringDataType.INSTANCE)
                .valueType(types));
    for (Iterator<String> it = registry.keyIterator(null); it.hasNext(); ) {
      registry.get(it.next());
    }
    if (!store.hasMap("table.0")) {
      throw damaged(file, null);
    }
    TransactionStore tx = new TransactionStore(store, types, new ValueDataType(), 0);
    TransactionMap<Long, Row> meta = tx.begin().openMap("table.0");
    List<Statement> out = new ArrayList<>();
    for (Iterator<Long> it = meta.keyIterator(null); it.hasNext(); ) {
      Row row = meta.get(it.next());
      if (row == null || row.getColumnCount() < 4) {
        throw damaged(file, null);
      }
      out.add(new Statement(row.getValue(2).getInt(), row.getValue(3).getString()));
    }
    return out;
  }

  /**
   * H2's reader of stored type names, made to refuse any class outside H2's storage types. It would
   * otherwise load and instantiate whatever class a file names. Its cache is the one place every
   * name passes through, nested names included.
   */
  private static MetaType<Object> guardedTypes(Path file) throws PortfolioException {
    MetaType<Object> types = new MetaType<>(null, null);
    try {
      Field cache = MetaType.class.getDeclaredField("cache");
      cache.setAccessible(true);
      cache.set(types, new GuardedCache());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new PortfolioException(Message.of("portfolio.uncheckable", file), e);
    }
    return types;
  }

  /** Thrown inside H2's reader when a file names a class that is not a storage type. */
  static final class ForeignType extends RuntimeException {
    ForeignType(String className) {
      super(className, null, false, false);
    }
  }

  private static final class GuardedCache extends HashMap<String, Object> {
    @Override
    public Object get(Object className) {
      String name = String.valueOf(className);
      if (!name.startsWith(H2_STORAGE_TYPES)) {
        throw new ForeignType(name);
      }
      return super.get(className);
    }
  }

  private static PortfolioException unreadable(Path file, MVStoreException e) {
    if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
      return new PortfolioException(Message.of("portfolio.locked", file), e);
    }
    if (e.getErrorCode() == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
      return new PortfolioException(Message.of("portfolio.h2Version", file), e);
    }
    return damaged(file, e);
  }

  static PortfolioException damaged(Path file, Throwable cause) {
    Throwable root = cause;
    while (root != null && !(root instanceof ForeignType) && root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof ForeignType foreign) {
      return new PortfolioException(
          Message.of("portfolio.javaClass", file, SchemaObjects.printable(foreign.getMessage())),
          cause);
    }
    return new PortfolioException(Message.of("portfolio.damaged", file), cause);
  }
}
