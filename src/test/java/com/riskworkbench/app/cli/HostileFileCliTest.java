package com.riskworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskworkbench.portfolio.store.HostilePortfolios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On the command line, every hostile file ends in exit 2 and one sentence; nothing in it runs. */
class HostileFileCliTest {
  @TempDir Path temp;

  static Stream<String> attacks() {
    return HostilePortfolios.attacks().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void infoAnalyzeAndReportRefuseTheFile(String attack) throws Exception {
    Path marker = temp.resolve("marker");
    Path file = HostilePortfolios.make(temp, attack, marker);
    Path pack = temp.resolve("pack.xlsx");

    CliTest.Result info = CliTest.run("info", "--portfolio", file.toString());
    CliTest.Result analyze = CliTest.run("analyze", "roll-rate", "--portfolio", file.toString());
    CliTest.Result report =
        CliTest.run("report", "--portfolio", file.toString(), "--out", pack.toString());

    for (CliTest.Result r : new CliTest.Result[] {info, analyze, report}) {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: The portfolio file " + file + " ");
      assertThat(r.err().strip()).doesNotContain("\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(marker).doesNotExist();
    assertThat(pack).doesNotExist();
  }
}
