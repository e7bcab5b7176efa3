package com.riskworkbench.portfolio.store;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by a test: opens a portfolio for writing, as another program would, says so
 * on standard output, and holds it until its standard input closes.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
      System.out.println(c.isValid(5) ? "locked" : "not open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}
