package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import com.riskworkbench.portfolio.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the rows of one tape file by column name and parses typed values. A value that does not
 * parse is recorded as an error naming file, line and column, and the row is marked bad; the caller
 * skips bad rows and reads on, so that one pass finds many errors.
 */
final class TapeRows implements AutoCloseable {
  /**
   * The years a date or month of a tape may fall in. A birth date before 1900 or a loan month after
   * 2099 is a typing error, and a year 0 would make every month-indexed analysis span 2,000 years.
   */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2099;

  private final TapeFile file;
  private final CsvReader csv;
  private final TapeErrors errors;
  private final int[] index; // position of each TapeFile column in the record, or ABSENT

  /** The {@link #index} of an optional column the header leaves out: read as empty. */
  private static final int ABSENT = -1;

  private final int[] maxLength; // per TapeFile column, 0 when not a text column
  private int headerWidth;
  private boolean rowOk;
  private java.util.function.Consumer<String> skipped = id -> {};

  private TapeRows(TapeFile file, CsvReader csv, TapeErrors errors) {
    this.file = file;
    this.csv = csv;
    this.errors = errors;
    this.index = new int[file.columns().size()];
    this.maxLength = file.columns().stream().mapToInt(TapeFile::maxLength).toArray();
  }

  /**
   * Opens the file and reads its header; empty when the header is unusable (errors recorded).
   * Reports columns it does not know through {@code unknownColumns}.
   */
  static Optional<TapeRows> open(
      TapeFile file, InputStream in, TapeErrors errors, List<String> unknownColumns)
      throws IOException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    if (isUtf16(buffered)) {
      errors.add(file, 1, null, Message.of("tape.utf16"));
      buffered.close();
      return Optional.empty();
    }
    in = buffered;
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            // Bad bytes become U+FFFD and the row holding them is rejected with its line: a
            // decoder that throws would only know the block it was reading.
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CsvReader csv = new CsvReader(new InputStreamReader(in, utf8));
    TapeRows rows = new TapeRows(file, csv, errors);
    if (!rows.readHeader(unknownColumns)) {
      csv.close();
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  /**
   * A UTF-16 byte order mark, or a zero byte among the first ones, which a UTF-8 CSV header never
   * has: read as UTF-8 such a file would only show missing columns.
   */
  private static boolean isUtf16(java.io.BufferedInputStream in) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(4);
    in.reset();
    if (head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return true;
    }
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private boolean readHeader(List<String> unknownColumns) throws IOException {
    if (!csv.next()) {
      errors.add(file, 0, null, Message.of("tape.empty", String.join(", ", file.columns())));
      return false;
    }
    headerWidth = csv.fieldCount();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < headerWidth; i++) {
      String name = csv.field(i).trim().toLowerCase(Locale.ROOT);
      if (positions.putIfAbsent(name, i) != null) {
        errors.add(file, csv.line(), name, Message.of("tape.columnTwice"));
        return false;
      }
      if (!file.columns().contains(name) && !name.isEmpty()) {
        unknownColumns.add(name);
      }
    }
    boolean ok = true;
    for (int c = 0; c < index.length; c++) {
      String name = file.columns().get(c);
      Integer position = positions.get(name);
      if (position == null && file.optional(name)) {
        index[c] = ABSENT;
      } else if (position == null) {
        errors.add(file, csv.line(), name, Message.of("tape.columnMissing"));
        ok = false;
      } else {
        index[c] = position;
      }
    }
    return ok;
  }

  /**
   * Tells {@code ids} the first column (the key) of each row skipped for its number of fields, so
   * that rows naming it are not reported again as dangling.
   */
  void onSkippedRow(java.util.function.Consumer<String> ids) {
    this.skipped = ids;
  }

  /** Moves to the next row; false at the end of the file or when checking must stop. */
  boolean next() throws IOException {
    while (!errors.full()) {
      if (!csv.next()) {
        return false;
      }
      if (csv.fieldCount() != headerWidth) {
        errors.add(
            file, csv.line(), null, Message.of("tape.fieldCount", headerWidth, csv.fieldCount()));
        if (csv.fieldCount() > index[0]) {
          skipped.accept(csv.field(index[0]).trim());
        }
        continue;
      }
      rowOk = true;
      return true;
    }
    return false;
  }

  long line() {
    return csv.line();
  }

  String fileName() {
    return file.fileName();
  }

  /** True when every value read from the current row so far parsed. */
  boolean rowOk() {
    return rowOk;
  }

  /** Records a problem with the current row that no single value parse shows. */
  void reject(int column, Message message) {
    errors.add(file, csv.line(), column < 0 ? null : file.columns().get(column), message);
    rowOk = false;
  }

  private String raw(int column) {
    if (index[column] == ABSENT) {
      return "";
    }
    String value = csv.field(index[column]);
    int n = value.length();
    if (n > 0 && (value.charAt(0) <= ' ' || value.charAt(n - 1) <= ' ')) {
      value = value.trim();
    }
    return value;
  }

  private void fail(int column, Message expected, String found) {
    reject(column, Message.of("tape.expected", expected, abbreviate(found)));
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** A required, non-empty text value. */
  String text(int column) {
    String v = raw(column);
    if (v.isEmpty()) {
      reject(column, Message.of("tape.required.text"));
    }
    return checkText(column, v);
  }

  Optional<String> optionalText(int column) {
    String v = raw(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(checkText(column, v));
  }

  private String checkText(int column, String v) {
    if (maxLength[column] > 0 && v.length() > maxLength[column]) {
      reject(column, Message.of("tape.tooLong", maxLength[column], v.length()));
    } else if (v.indexOf('\uFFFD') >= 0) {
      reject(column, Message.of("tape.notUtf8"));
    }
    return v;
  }

  long cents(int column) {
    String v = raw(column);
    if (v.isEmpty()) {
      reject(column, Message.of("tape.required.amount"));
      return 0;
    }
    try {
      return Money.parseCents(v);
    } catch (NumberFormatException e) {
      fail(column, Message.of("tape.expect.amount"), v);
      return 0;
    }
  }

  OptionalLong optionalCents(int column) {
    return raw(column).isEmpty() ? OptionalLong.empty() : OptionalLong.of(cents(column));
  }

  int integer(int column) {
    String v = raw(column);
    if (v.isEmpty()) {
      reject(column, Message.of("tape.required.integer"));
      return 0;
    }
    try {
      if (!plainNumber(v, false)) {
        throw new NumberFormatException(v);
      }
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      fail(column, Message.of("tape.expect.integer"), v);
      return 0;
    }
  }

  OptionalInt optionalInteger(int column) {
    return raw(column).isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(column));
  }

  /** A decimal that fits DECIMAL(precision, maxScale). */
  BigDecimal decimal(int column, int precision, int maxScale) {
    String v = raw(column);
    try {
      if (!plainNumber(v, true)) {
        throw new NumberFormatException(v);
      }
      BigDecimal d = new BigDecimal(v);
      if (d.scale() > maxScale
          || d.precision() - d.scale() > precision - maxScale
          || v.indexOf('e') >= 0
          || v.indexOf('E') >= 0) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      fail(
          column,
          Message.of("tape.expect.decimal", BigDecimal.TEN.pow(precision - maxScale), maxScale),
          v);
      return BigDecimal.ZERO;
    }
  }

  /**
   * Whether {@code v} is written with ASCII digits only, an optional sign and (for decimals) one
   * '.': Java would also read Arabic-Indic or full-width digits as numbers, which a tape never
   * means.
   */
  private static boolean plainNumber(String v, boolean decimal) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9') || ((c == '-' || c == '+') && i == 0) || (decimal && c == '.');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  LocalDate date(int column) {
    String v = raw(column);
    LocalDate d = parseDate(v);
    if (d == null) {
      fail(column, Message.of("tape.expect.date"), v);
      return LocalDate.EPOCH;
    }
    if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
      fail(column, Message.of("tape.expect.dateRange", FIRST_YEAR, LAST_YEAR), v);
      return LocalDate.EPOCH;
    }
    return d;
  }

  Optional<LocalDate> optionalDate(int column) {
    return raw(column).isEmpty() ? Optional.empty() : Optional.of(date(column));
  }

  /** A month as YYYY-MM (YYYY-MM-01 is accepted too); returns its ordinal year*12+month-1. */
  int month(int column) {
    String v = raw(column);
    int ordinal = parseMonth(v);
    if (ordinal < 0) {
      fail(column, Message.of("tape.expect.month"), v);
      return 0;
    }
    if (ordinal < FIRST_YEAR * 12 || ordinal > LAST_YEAR * 12 + 11) {
      fail(column, Message.of("tape.expect.monthRange", FIRST_YEAR, LAST_YEAR), v);
      return 0;
    }
    return ordinal;
  }

  <E extends Enum<E>> E enumValue(int column, EnumParser<E> parser) {
    String v = raw(column);
    E e = parser.parse(v);
    if (e == null) {
      fail(column, Message.of("tape.expect.oneOf", parser.names()), v);
      return parser.fallback();
    }
    return e;
  }

  static LocalDate parseDate(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return null;
    }
    int y = digits(v, 0, 4);
    int m = digits(v, 5, 7);
    int d = digits(v, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static int parseMonth(String v) {
    boolean firstOfMonth = v.length() == 10 && v.endsWith("-01");
    if (!(v.length() == 7 || firstOfMonth) || v.charAt(4) != '-') {
      return -1;
    }
    int y = digits(v, 0, 4);
    int m = digits(v, 5, 7);
    if (y < 0 || m < 1 || m > 12) {
      return -1;
    }
    return y * 12 + m - 1;
  }

  static YearMonth toYearMonth(int ordinal) {
    return YearMonth.of(ordinal / 12, ordinal % 12 + 1);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  /** Parses enum names case-insensitively, without exceptions on the hot path. */
  static final class EnumParser<E extends Enum<E>> {
    private final Map<String, E> byName = new HashMap<>();
    private final E[] values;

    EnumParser(Class<E> type) {
      values = type.getEnumConstants();
      for (E e : values) {
        byName.put(e.name(), e);
      }
    }

    E parse(String text) {
      E e = byName.get(text);
      return e != null ? e : byName.get(text.toUpperCase(Locale.ROOT));
    }

    String names() {
      StringBuilder sb = new StringBuilder();
      for (E e : values) {
        sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
      }
      return sb.toString();
    }

    E fallback() {
      return values[0];
    }
  }
}
