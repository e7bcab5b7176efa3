package com.riskworkbench.i18n;

import static com.riskworkbench.testing.CsvLines.fields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds English in texts that a Chinese run shows: every run of three or more ASCII letters, except
 * the short list of terms that Chinese credit-risk writing keeps in Latin letters and the words of
 * the data itself (ids, names, regions, products and the tape's file and column names, which the
 * analyst typed or must type).
 */
final class LatinWords {
  /** Terms a Chinese risk report writes in Latin letters. */
  static final Set<String> TERMS =
      Set.of(
          "HHI",
          "DPD",
          "NPL",
          "PAR",
          "MOB",
          "LGD",
          "ECL",
          "PSI",
          "AUC",
          "CSV",
          "SHA",
          "CNY",
          "UTF",
          "GBK",
          "UTC",
          "Excel",
          "Risk",
          "Workbench",
          "Ctrl",
          "Shift",
          "English");

  /** The tape's columns whose values are codes: a window shows them in words, never as codes. */
  static final Set<String> CODE_COLUMNS =
      Set.of(
          "borrower_type",
          "guarantee_type",
          "status",
          "action_type",
          "outcome",
          "fraud_type",
          "detection_channel");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  /**
   * Data whatever letters it holds: a digest (SHA-256 in hex), a path, a file name such as {@code
   * book.mv.db}.
   */
  private static final Pattern DATA =
      Pattern.compile(
          "\\b[0-9a-f]{32,}\\b|[^\\s“”\"'（）()]*/[^\\s“”\"'（）()]*|[\\w.-]+\\.(?:mv\\.db|csv|xlsx|md)\\b");

  /** A text clipped to its cell's width ends in an ellipsis after part of a word. */
  private static final Pattern CLIPPED = Pattern.compile("([A-Za-z]+)(?:\\.\\.\\.|…)$");

  private final Set<String> data = new TreeSet<>();

  /**
   * Names shown whole, such as {@code loan_months.csv} or {@code borrower_id}: their parts are not.
   */
  private final Set<String> names =
      new TreeSet<>(
          Comparator.comparingInt(String::length)
              .reversed()
              .thenComparing(Comparator.naturalOrder()));

  /** Adds every word of {@code text} to the words of the data. */
  LatinWords allow(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      data.add(m.group());
    }
    return this;
  }

  /** Lets {@code name} show whole (a file or column name), not its words elsewhere. */
  LatinWords allowName(String name) {
    names.add(name);
    return this;
  }

  /**
   * Adds the words of a tape file: its name and its columns' names (whole), and the values of every
   * column but the code columns.
   */
  LatinWords allowTape(String fileName, String csv) {
    allowName(fileName);
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      return this;
    }
    List<String> header = fields(lines.get(0));
    header.forEach(h -> allowName(fileName + ":" + h));
    header.forEach(this::allowName);
    for (String line : lines.subList(1, lines.size())) {
      List<String> values = fields(line);
      for (int i = 0; i < values.size(); i++) {
        if (i >= header.size() || !CODE_COLUMNS.contains(header.get(i))) {
          allow(values.get(i));
        }
      }
    }
    return this;
  }

  /** Adds the words of the bundled sample tape (sample-data/ on the class path). */
  LatinWords allowSampleTape() throws IOException {
    for (String f :
        List.of(
            "borrowers.csv",
            "loans.csv",
            "loan_months.csv",
            "collections.csv",
            "fraud_cases.csv")) {
      try (InputStream in = LatinWords.class.getResourceAsStream("/sample-data/" + f)) {
        allowTape(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return this;
  }

  /** The English words of {@code texts}, each with the text it came from. */
  List<String> english(Collection<String> texts) {
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      String rest = text;
      for (String name : names) {
        rest = rest.replace(name, " ");
      }
      rest = DATA.matcher(rest).replaceAll(" ");
      Matcher clipped = CLIPPED.matcher(rest);
      if (clipped.find() && begins(clipped.group(1))) {
        rest = rest.substring(0, clipped.start());
      }
      Matcher m = WORD.matcher(rest);
      while (m.find()) {
        String w = m.group();
        if (!TERMS.contains(w) && !data.contains(w)) {
          found.add(w + "  ⟵  " + text.replace('\n', ' '));
          break;
        }
      }
    }
    return found;
  }

  /** Whether {@code part} begins a word of the data or of a name shown whole. */
  private boolean begins(String part) {
    return Stream.concat(
            data.stream(), names.stream().flatMap(n -> Stream.of(n.split("[^A-Za-z]+"))))
        .anyMatch(w -> w.startsWith(part));
  }
}
