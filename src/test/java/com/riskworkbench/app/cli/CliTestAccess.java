package com.riskworkbench.app.cli;

/** Runs the command line for tests in other packages. */
public final class CliTestAccess {
  private CliTestAccess() {}

  public record Result(int status, String out, String err) {}

  public static Result run(String... args) {
    CliTest.Result r = CliTest.run(args);
    return new Result(r.status(), r.out(), r.err());
  }
}
