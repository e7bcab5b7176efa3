package com.riskworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.ui.common.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label exists in English and Chinese, and every window label is used somewhere: by the
 * window, or as a sentence of the lower layers ({@code Message.of("key", …)}), which must exist.
 */
class BundleCompletenessTest {

  static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "report"})
  void englishAndChineseHaveTheSameKeys(String bundle) throws IOException {
    Set<String> en = keys("/i18n/" + bundle + ".properties");
    Set<String> zh = keys("/i18n/" + bundle + "_zh_CN.properties");
    assertThat(zh).as("keys missing in Chinese").containsAll(en);
    assertThat(en).as("keys missing in English").containsAll(zh);
  }

  @Test
  void everyWindowLabelIsUsedAndEveryUsedLabelExists() throws IOException {
    Set<String> defined = keys("/i18n/messages.properties");
    Set<String> used = new TreeSet<>();
    Pattern fxml = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    Pattern java = Pattern.compile("getString\\(\"([a-zA-Z0-9_.]+)\"\\)");
    Pattern message = Pattern.compile("Message\\.of\\(\\s*\"([a-zA-Z0-9_.-]+)\"");
    Pattern literal = Pattern.compile("\"([a-zA-Z0-9_-]+\\.[a-zA-Z0-9_.-]+)\"");
    try (Stream<Path> files =
        Stream.concat(Files.walk(Path.of("fxml")), Files.walk(Path.of("src/main/java")))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        boolean window = f.startsWith("fxml") || f.startsWith("src/main/java/com/riskworkbench/ui");
        if (window) {
          Matcher m = (f.toString().endsWith(".fxml") ? fxml : java).matcher(text);
          while (m.find()) {
            used.add(m.group(1));
          }
        }
        if (f.toString().endsWith(".java")) {
          // The lower layers' sentences (common.Message) are keys of this bundle too.
          Matcher m = message.matcher(text);
          while (m.find()) {
            used.add(m.group(1));
          }
          // A key chosen at run time (getString(ok ? "a.b" : "a.c")) is used as a literal.
          Matcher l = literal.matcher(text);
          while (l.find()) {
            if (defined.contains(l.group(1))) {
              used.add(l.group(1));
            }
          }
        }
      }
    }
    // Codes of the data are looked up by prefix (ui.common.Labels): each family must have exactly
    // one label per code.
    for (var family : Labels.CODES.entrySet()) {
      Set<String> codes = new TreeSet<>();
      for (String key : defined) {
        if (key.startsWith(family.getKey()) && !key.equals("value.none")) {
          codes.add(key.substring(family.getKey().length()));
        }
      }
      assertThat(codes).as("labels of " + family.getKey() + "*").isEqualTo(family.getValue());
      family.getValue().forEach(code -> used.add(family.getKey() + code));
    }
    assertThat(defined).as("labels used but not defined").containsAll(used);
    assertThat(used).as("labels defined but never used").containsAll(defined);
  }

  /**
   * Work reports progress with a key of the bundle ({@code Message.of}), never with words: a
   * literal text would show in English in a Chinese window.
   */
  @Test
  void noWorkReportsProgressInWords() throws IOException {
    Pattern words = Pattern.compile("\\.update\\([^;]*,\\s*\"[^\"]+\"\\s*\\)");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Matcher m = words.matcher(Files.readString(f));
        while (m.find()) {
          found.add(f.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
