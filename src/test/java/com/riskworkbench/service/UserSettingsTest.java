package com.riskworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
  @TempDir Path temp;

  @Test
  void valuesSurviveASaveAndALoad() {
    Path file = temp.resolve("settings.properties");
    UserSettings s = UserSettings.load(file);
    s.put("window.width", "1440.0");
    s.put("theme", "dark");
    s.save();

    UserSettings again = UserSettings.load(file);
    assertThat(again.number("window.width")).hasValue(1440.0);
    assertThat(again.get("theme")).contains("dark");
    assertThat(again.get("window.x")).isEmpty();
  }

  @Test
  void recentListKeepsTheNewestFirstWithoutDuplicatesUpToEight() {
    UserSettings s = UserSettings.inMemory();
    for (int i = 1; i <= 10; i++) {
      s.addRecent("/p/" + i + ".mv.db");
    }
    s.addRecent("/p/5.mv.db");

    // 10, 9, …, 3 were the eight newest; reopening 5 moves it to the front.
    assertThat(s.recent())
        .containsExactly(
            "/p/5.mv.db",
            "/p/10.mv.db",
            "/p/9.mv.db",
            "/p/8.mv.db",
            "/p/7.mv.db",
            "/p/6.mv.db",
            "/p/4.mv.db",
            "/p/3.mv.db");
  }

  @Test
  void aDamagedFileGivesDefaultsAndIsReplacedOnSave() throws Exception {
    Path file = temp.resolve("settings.properties");
    Files.write(file, new byte[] {'a', '=', '\\', 'u', 'z', 'z'});

    UserSettings s = UserSettings.load(file);
    assertThat(s.recent()).isEmpty();
    s.put("theme", "light");
    s.save();

    assertThat(UserSettings.load(file).get("theme")).contains("light");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aNumberThatIsNotANumberIsAbsent() {
    UserSettings s = UserSettings.inMemory();
    s.put("window.x", "left");
    assertThat(s.number("window.x")).isEmpty();
  }
}
