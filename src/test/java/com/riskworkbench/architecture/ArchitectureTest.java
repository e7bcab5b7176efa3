package com.riskworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md, checked on every build so that nobody has to remember it. */
@AnalyzeClasses(
    packages = "com.riskworkbench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule headlessLayersNeverImportJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage(
              "com.riskworkbench.analysis..",
              "com.riskworkbench.report..",
              "com.riskworkbench.portfolio..",
              "com.riskworkbench.sample..",
              "com.riskworkbench.common..",
              "com.riskworkbench.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("analysis, reports and data access run headless on the command line and in CI");

  @ArchTest
  static final ArchRule onlyPortfolioTouchesJooq =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.riskworkbench.portfolio..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jooq..")
          .because("the portfolio package owns all database access; the rest sees domain records");

  @ArchTest
  static final ArchRule onlyPortfolioTouchesJdbc =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.riskworkbench.portfolio..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.h2..", "org.postgresql..")
          .because("JDBC types and the database drivers never leave the portfolio package");

  @ArchTest
  static final ArchRule analysisImportsNeitherJooqNorPoi =
      noClasses()
          .that()
          .resideInAPackage("..analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jooq..", "org.apache.poi..")
          .because("analyses are pure functions of Tablesaw tables")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule uiDoesNotReachIntoTheDatabase =
      noClasses()
          .that()
          .resideInAPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.riskworkbench.portfolio.store..", "com.riskworkbench.portfolio.db..")
          .because("view models call services; views only bind");

  @ArchTest
  static final ArchRule generatedRecordsStayInThePortfolioPackage =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "com.riskworkbench.portfolio.store..", "com.riskworkbench.portfolio.db..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.riskworkbench.portfolio.db..")
          .because("generated jOOQ classes are an implementation detail of the repository");
}
