package com.riskworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
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
              "com.riskworkbench.service..",
              "com.riskworkbench.spark..")
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
  static final ArchRule onlyTheSparkJobTouchesSpark =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.riskworkbench.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..")
          .because(
              "Spark is provided by the cluster: the desktop jar, which leaves the Spark job's"
                  + " package out, must run without it (decision 0009)");

  @ArchTest
  static final ArchRule nothingDependsOnTheSparkJob =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.riskworkbench.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.riskworkbench.spark..")
          .because("the Spark job's package is not in the desktop jar (decision 0009)");

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

  /**
   * app → ui → service → report and sample → analysis → portfolio → common, and the Spark job
   * (spark → app's command line, analysis, portfolio, common) beside app: a layer uses only the
   * layers below it, so that the headless parts never depend on the window and the analyses never
   * on how they are shown.
   */
  @ArchTest
  static final ArchRule layersPointDownOnly =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Spark")
          .definedBy("com.riskworkbench.spark..")
          .layer("App")
          .definedBy("com.riskworkbench.app..")
          .layer("Ui")
          .definedBy("com.riskworkbench.ui..")
          .layer("Service")
          .definedBy("com.riskworkbench.service..")
          .layer("Report")
          .definedBy("com.riskworkbench.report..")
          .layer("Sample")
          .definedBy("com.riskworkbench.sample..")
          .layer("Analysis")
          .definedBy("com.riskworkbench.analysis..")
          .layer("Portfolio")
          .definedBy("com.riskworkbench.portfolio..")
          .layer("Common")
          .definedBy("com.riskworkbench.common..")
          .whereLayer("Spark")
          .mayNotBeAccessedByAnyLayer()
          // the Spark job prints with the command line's writer and exit statuses
          .whereLayer("App")
          .mayOnlyBeAccessedByLayers("Spark")
          .whereLayer("Ui")
          .mayOnlyBeAccessedByLayers("App")
          // the Spark job writes the pack with the report code and audits as the desktop does
          .whereLayer("Service")
          .mayOnlyBeAccessedByLayers("Ui", "App", "Spark")
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Service", "Ui", "App", "Spark")
          .whereLayer("Sample")
          .mayOnlyBeAccessedByLayers("Service", "Ui", "App")
          .whereLayer("Analysis")
          .mayOnlyBeAccessedByLayers("Report", "Sample", "Service", "Ui", "App", "Spark")
          .whereLayer("Portfolio")
          .mayOnlyBeAccessedByLayers(
              "Analysis", "Report", "Sample", "Service", "Ui", "App", "Spark")
          .because("each layer builds on the ones below it and never the other way round");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("com.riskworkbench.(**)")
          .should()
          .beFreeOfCycles()
          // jOOQ's generated schema, tables and records refer to each other by design
          .ignoreDependency(
              JavaClass.Predicates.resideInAPackage("com.riskworkbench.portfolio.db.."),
              JavaClass.Predicates.resideInAPackage("com.riskworkbench.portfolio.db.."))
          .because("a cycle between packages makes neither understandable alone");

  @ArchTest
  static final ArchRule reportUsesTheDomainNotTheRepository =
      noClasses()
          .that()
          .resideInAPackage("com.riskworkbench.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.riskworkbench.portfolio.store..")
          .because("the pack is written from domain records and analysis results only");

  @ArchTest
  static final ArchRule uiReadsNoTapeFiles =
      noClasses()
          .that()
          .resideInAPackage("com.riskworkbench.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.riskworkbench.portfolio.tape..")
          .because("the window imports through the service, which reports problems as records");

  @ArchTest
  static final ArchRule uiReadsNoRawArraysOfTheBook =
      noClasses()
          .that()
          .resideInAPackage("com.riskworkbench.ui..")
          .should()
          .callMethodWhere(
              new DescribedPropertyOfCall(
                  "a method of LoadedPortfolio that returns one of its arrays",
                  call ->
                      call.getTargetOwner()
                              .isEquivalentTo(
                                  com.riskworkbench.portfolio.book.LoadedPortfolio.class)
                          && call.getTarget().getRawReturnType().isArray()))
          .because(
              "screens ask the service and the analyses; the arrays are their business (0003)");

  @ArchTest
  static final ArchRule viewModelsTouchNoNodes =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because("a view model holds state and commands; only its view knows the scene graph");

  /** A predicate on a method call, described for the rule's message. */
  static final class DescribedPropertyOfCall
      extends com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaMethodCall> {
    private final java.util.function.Predicate<com.tngtech.archunit.core.domain.JavaMethodCall>
        test;

    DescribedPropertyOfCall(
        String description,
        java.util.function.Predicate<com.tngtech.archunit.core.domain.JavaMethodCall> test) {
      super(description);
      this.test = test;
    }

    @Override
    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
      return test.test(call);
    }
  }
}
