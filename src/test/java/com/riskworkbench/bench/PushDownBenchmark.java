package com.riskworkbench.bench;

import com.riskworkbench.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The analyses inside a PostgreSQL database on a big book, with the client's peak memory, beside
 * DuckDB computing the same roll-rate matrix from the same data in the same run (issue 18,
 * docs/benchmarks.md). Not a unit test: run it by hand through {@code docs/bench/pushdown.sh}.
 *
 * <p>The tape is imported by the packaged program's {@code import} into a fresh database of the
 * tests' server ({@code RW_TEST_PG_URL}, else a private one from the zonky binaries); each analysis
 * is then one {@code analyze --engine database} command of the packaged program in a JVM of {@code
 * -Xmx256m}, timed from start to exit, its peak resident memory read by {@code /usr/bin/time}. The
 * client's memory is the point: the book stays in the server.
 *
 * <p>Arguments: jar tape-folder work-folder [analysis[:options] …], e.g. {@code
 * concentration:--by,product}; by default the analyses the database engine runs. System property
 * {@code bench.database} names a database the tape was already imported into, to run the analyses
 * again without the import.
 */
public final class PushDownBenchmark {
  private PushDownBenchmark() {}

  private static final List<String> DEFAULT =
      List.of(
          "roll-rate",
          "summary",
          "concentration:--by,product",
          "vintage",
          "flow-rate",
          "pd",
          "ecl",
          "migration",
          "npl-walk",
          "collections",
          "fraud",
          "scorecard",
          "lorenz:--by,region",
          "groups",
          "co-lending",
          "provisions",
          "forecast",
          "backtest",
          "classification");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path tape = Path.of(args[1]).toAbsolutePath();
    Path work = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(work);
    List<String> analyses = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : DEFAULT;
    PgServer server = PgServer.get();
    Map<String, String> env = server.credentialsEnvironment();
    String reuse = System.getProperty("bench.database", "");
    String url;
    if (reuse.isBlank()) {
      url = server.newDatabase("rw_pushdown_bench").url();
      double[] imported =
          command(
              jar,
              work,
              env,
              "-Xmx8g",
              "import",
              "--from",
              tape.toString(),
              "--out",
              url,
              "--force");
      System.out.printf(
          "| `import` into PostgreSQL (whole command, -Xmx8g) | %.1f s | %.0f MB |%n",
          imported[0], imported[1]);
    } else {
      url = reuse;
    }
    command(jar, work, env, "-Xmx256m", "info", "--portfolio", url);
    System.out.println(Files.readString(work.resolve("last-command.log")).trim());
    System.out.printf("load average before the analyses: %s%n", loadAverage());
    long t0 = System.nanoTime();
    AnalysisBenchmark.duckDbRollRate(
        tape.resolve("loan_months.csv"), SpeedBenchmark.lastMonth(tape));
    System.out.printf(
        "| reference: DuckDB reads loan_months.csv and computes the roll-rate matrix | %.1f s |%n",
        (System.nanoTime() - t0) / 1e9);
    for (String a : analyses) {
      List<String> cmd = new ArrayList<>(List.of("-Xmx256m", "analyze"));
      String[] parts = a.split(":", 2);
      cmd.add(parts[0]);
      cmd.addAll(List.of("--portfolio", url, "--engine", "database"));
      if (parts.length > 1) {
        cmd.addAll(Arrays.asList(parts[1].split(",")));
      }
      double[] r = command(jar, work, env, cmd.toArray(String[]::new));
      System.out.printf(
          "| `%s` | %.1f s | %.0f MB |%n", a.replace(':', ' ').replace(',', ' '), r[0], r[1]);
    }
    System.out.printf("load average after: %s%n", loadAverage());
  }

  /**
   * Runs one command of the packaged program (the first argument its heap option) under {@code
   * /usr/bin/time}: {seconds, peak resident MB}; fails on a non-zero exit.
   */
  private static double[] command(Path jar, Path work, Map<String, String> env, String... args)
      throws Exception {
    Path times = work.resolve("last-command.time");
    List<String> cmd = new ArrayList<>();
    cmd.addAll(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString()));
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(args[0]);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(Arrays.asList(args).subList(1, args.length));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("RISK_WORKBENCH_HOME", work.resolve("home").toString());
    pb.redirectOutput(work.resolve("last-command.log").toFile());
    int exit = pb.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", args) + " failed, see " + work.resolve("last-command.log"));
    }
    String[] t = Files.readString(times).trim().split("\\s+");
    return new double[] {
      Double.parseDouble(t[t.length - 2]), Long.parseLong(t[t.length - 1]) / 1024.0
    };
  }

  /** The last command's CSV: its number of rows and the first one, cut short (what it computed). */
  private static String firstLine(Path work) throws Exception {
    List<String> lines =
        Files.readString(work.resolve("last-command.log")).strip().lines().toList();
    String first = lines.size() > 1 ? lines.get(1) : "";
    return (lines.size() - 1)
        + " rows, first: "
        + (first.length() > 80 ? first.substring(0, 80) + "…" : first);
  }

  private static String loadAverage() throws Exception {
    Path f = Path.of("/proc/loadavg");
    return Files.exists(f) ? Files.readString(f).trim() : "unknown";
  }
}
