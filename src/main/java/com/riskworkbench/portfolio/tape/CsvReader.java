package com.riskworkbench.portfolio.tape;

import com.riskworkbench.common.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A small, fast RFC 4180 reader: comma separated, fields optionally in double quotes (with {@code
 * ""} for a quote, and commas or line breaks inside), LF, CRLF or CR line ends, a UTF-8 byte order
 * mark ignored. Blank lines are skipped. It knows the line on which each record starts, so errors
 * can name it.
 */
final class CsvReader implements Closeable {
  private static final int EOF = -1;

  /** The longest field read: no column of a tape holds more (a fraud summary has 4,000). */
  static final int MAX_FIELD = 65_536;

  /** The most fields in one record: a tape file has at most a few dozen columns. */
  static final int MAX_FIELDS = 1_024;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;

  private long line = 1;
  private long recordLine;
  private String[] fields = new String[16];
  private int fieldCount;
  private final StringBuilder field = new StringBuilder(64);
  private boolean firstRead = true;

  CsvReader(Reader in) {
    this.in = in;
  }

  /** Reads the next record; false at the end of the input. */
  boolean next() throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF) {
        return false;
      }
      if (c == '\n' || c == '\r') { // a blank line
        consumeLineEnd();
        continue;
      }
      break;
    }
    recordLine = line;
    fieldCount = 0;
    while (true) {
      boolean more = readField();
      if (fieldCount == fields.length) {
        if (fieldCount >= MAX_FIELDS) {
          throw new CsvFormatException(
              recordLine,
              Message.of(
                  "csv.tooManyFields", String.format(java.util.Locale.ROOT, "%,d", MAX_FIELDS)));
        }
        fields = Arrays.copyOf(fields, fields.length * 2);
      }
      fields[fieldCount++] = field.toString();
      if (!more) {
        return true;
      }
    }
  }

  int fieldCount() {
    return fieldCount;
  }

  String field(int index) {
    return fields[index];
  }

  /** The 1-based line on which the current record starts. */
  long line() {
    return recordLine;
  }

  /** Reads one field into {@link #field}; true when another field of the same record follows. */
  private boolean readField() throws IOException {
    field.setLength(0);
    int c = peek();
    if (c == '"') {
      position++;
      while (true) {
        c = read();
        if (c == EOF) {
          throw new CsvFormatException(recordLine, Message.of("csv.unclosedQuote"));
        }
        if (c == '"') {
          if (peek() == '"') {
            position++;
            field.append('"');
            continue;
          }
          break;
        }
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        field.append((char) c);
        if (field.length() > MAX_FIELD) {
          throw tooLong();
        }
      }
      c = peek();
      if (c == ',') {
        position++;
        return true;
      }
      if (c == EOF) {
        return false;
      }
      if (c == '\n' || c == '\r') {
        consumeLineEnd();
        return false;
      }
      throw new CsvFormatException(recordLine, Message.of("csv.textAfterQuote"));
    }
    while (true) {
      if (position == limit && !fill()) {
        return false;
      }
      // Scan the buffer directly: this loop is where a large tape spends its time.
      int start = position;
      while (position < limit) {
        char ch = buffer[position];
        if (ch == ',' || ch == '\n' || ch == '\r') {
          field.append(buffer, start, position - start);
          if (ch == ',') {
            position++;
            return true;
          }
          consumeLineEnd();
          return false;
        }
        position++;
      }
      field.append(buffer, start, position - start);
      if (field.length() > MAX_FIELD) {
        throw tooLong();
      }
    }
  }

  private CsvFormatException tooLong() {
    return new CsvFormatException(
        recordLine,
        Message.of("csv.fieldTooLong", String.format(java.util.Locale.ROOT, "%,d", MAX_FIELD)));
  }

  private void consumeLineEnd() throws IOException {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      position++;
    }
    line++;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      limit = position = 0;
      return false;
    }
    position = 0;
    limit = n;
    if (firstRead) {
      firstRead = false;
      if (buffer[0] == '\uFEFF') {
        position = 1;
      }
    }
    return position < limit || fill();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The text is not valid CSV at a line. */
  static final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final transient Message text;

    CsvFormatException(long line, Message text) {
      super(text.english());
      this.line = line;
      this.text = text;
    }

    long line() {
      return line;
    }

    Message text() {
      return text;
    }
  }
}
