package com.riskworkbench.app.cli;

import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.store.PortfolioInfo;
import com.riskworkbench.portfolio.store.PortfolioLocation;
import com.riskworkbench.portfolio.store.PortfolioRepository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Shows a portfolio's name, schema version, months, loans and row counts.")
final class InfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--portfolio",
      required = true,
      paramLabel = "FILE.mv.db|URL",
      converter = LocationConverter.class,
      description =
          "The portfolio file, or a team database jdbc:postgresql://host:port/db (user and"
              + " password from the URL or PGUSER/PGPASSWORD).")
  PortfolioLocation portfolio;

  @Override
  public Integer call() throws PortfolioException {
    PortfolioInfo i;
    try (PortfolioRepository repo = PortfolioRepository.open(portfolio)) {
      i = repo.info();
    }
    var w = spec.commandLine().getOut();
    w.println("name: " + i.name());
    if (i.location() instanceof PortfolioLocation.File f) {
      w.println("file: " + f.path());
    } else {
      w.println("database: " + i.location().display());
    }
    w.println("schema_version: " + i.schemaVersion());
    w.println("currency: " + i.currency());
    w.println("months: " + i.months());
    w.println("first_month: " + i.firstMonth().map(Object::toString).orElse(""));
    w.println("last_month: " + i.lastMonth().map(Object::toString).orElse(""));
    w.println("borrowers: " + i.borrowers());
    w.println("loans: " + i.loans());
    w.println("loan_months: " + i.loanMonths());
    w.println("collection_actions: " + i.collectionActions());
    w.println("fraud_cases: " + i.fraudCases());
    return Cli.OK;
  }
}
