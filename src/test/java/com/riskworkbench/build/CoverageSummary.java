package com.riskworkbench.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the line and branch coverage of JaCoCo's CSV report by top-level package, at the end of
 * {@code mvn verify}: a figure to read, not a gate. Not a test.
 */
public final class CoverageSummary {
  private CoverageSummary() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args[0]);
    if (!Files.isRegularFile(csv)) {
      System.out.println("Coverage: no report at " + csv);
      return;
    }
    List<String> lines = Files.readAllLines(csv);
    // GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,
    // LINE_MISSED,LINE_COVERED,...
    Map<String, long[]> byPackage = new TreeMap<>();
    long[] total = new long[4];
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      String pkg = f[1].replaceFirst("^com\\.riskworkbench\\.", "").replaceFirst("\\..*", "");
      if (pkg.equals("db")) {
        continue;
      }
      long[] c = byPackage.computeIfAbsent(pkg, k -> new long[4]);
      long[] v = {
        Long.parseLong(f[7]), Long.parseLong(f[8]), Long.parseLong(f[5]), Long.parseLong(f[6])
      };
      for (int i = 0; i < 4; i++) {
        c[i] += v[i];
        total[i] += v[i];
      }
    }
    System.out.println("Coverage by package (lines, branches), generated jOOQ classes left out:");
    byPackage.forEach((pkg, c) -> System.out.println(row(pkg, c)));
    System.out.println(row("all", total));
  }

  private static String row(String name, long[] c) {
    return String.format(
        java.util.Locale.ROOT,
        "  %-10s lines %5.1f %% of %6d, branches %5.1f %% of %6d",
        name,
        percent(c[1], c[0] + c[1]),
        c[0] + c[1],
        percent(c[3], c[2] + c[3]),
        c[2] + c[3]);
  }

  private static double percent(long covered, long all) {
    return all == 0 ? 0 : 100.0 * covered / all;
  }
}
