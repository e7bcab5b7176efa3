package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.common.Progress;
import com.riskworkbench.portfolio.PortfolioException;
import com.riskworkbench.portfolio.tape.TapeSource;
import com.riskworkbench.portfolio.tape.Tapes;
import com.riskworkbench.testing.PgServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each way a team database cannot be used ends in one sentence, never with the password in it. */
@Timeout(120)
class PostgresConnectionErrorsTest {
  static final PgServer server = PgServer.get();

  @TempDir Path temp;

  @Test
  void wrongPasswordIsOneSentenceAndAsksForThePassword() throws Exception {
    PortfolioLocation.Postgres wrong =
        new PortfolioLocation.Postgres(
            server.url("postgres"),
            Optional.of(server.adminUser()),
            Optional.of("not-the-Secret-42".toCharArray()));

    assertThatThrownBy(() -> PortfolioRepository.open(wrong, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The database server at "
                + server.hostPort()
                + " refused the password for user "
                + server.adminUser()
                + " (wrong user name or password).")
        .satisfies(e -> assertThat(((PortfolioException) e).needsPassword()).isTrue())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-Secret-42"));
  }

  @Test
  void missingPasswordAsksForIt() {
    PortfolioLocation.Postgres noPassword =
        (PortfolioLocation.Postgres)
            PortfolioLocation.parse(server.url("postgres") + "?user=" + server.adminUser());

    assertThatThrownBy(() -> PortfolioRepository.open(noPassword, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The database server at "
                + server.hostPort()
                + " asks for a password for user "
                + server.adminUser()
                + "; give it in the URL, in PGPASSWORD, or when asked.")
        .satisfies(e -> assertThat(((PortfolioException) e).needsPassword()).isTrue());
  }

  @Test
  void unreachableServerIsOneSentence() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    PortfolioLocation nobodyThere =
        PortfolioLocation.parse(
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/book?user=u&password=p-secret");

    assertThatThrownBy(() -> PortfolioRepository.open(nobodyThere, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "Cannot reach the database server at 127.0.0.1:"
                + closedPort
                + "; check the host and port and that the server is running.")
        .satisfies(e -> assertThat(((PortfolioException) e).needsPassword()).isFalse());
    assertThatThrownBy(
            () ->
                PortfolioImport.run(
                    TapeSource.folder(Tapes.write(temp.resolve("t"), Tapes.valid())),
                    nobodyThere,
                    "x",
                    false,
                    Progress.NONE,
                    Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessageStartingWith("Cannot reach the database server at 127.0.0.1:" + closedPort);
  }

  @Test
  void unknownDatabaseIsNamed() {
    PortfolioLocation.Postgres nowhere =
        new PortfolioLocation.Postgres(
            server.url("no_such_book"),
            Optional.of(server.adminUser()),
            Optional.of(server.adminPassword().toCharArray()));

    assertThatThrownBy(() -> PortfolioRepository.open(nowhere, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The database no_such_book does not exist on the server at " + server.hostPort() + ".");
  }

  @Test
  void emptyDatabaseHoldsNoPortfolio() {
    PortfolioLocation.Postgres empty = server.newDatabase("rw_empty");

    assertThatThrownBy(() -> PortfolioRepository.open(empty, Map.of()))
        .isInstanceOf(PortfolioException.class)
        .hasMessage(
            "The database "
                + empty.display()
                + " holds no Risk Workbench portfolio (it has no portfolio_meta table in schema"
                + " public).");
  }

  @Test
  void credentialsComeFromPgUserAndPgPasswordWhenTheUrlHasNone() throws Exception {
    PortfolioLocation.Postgres withCredentials = server.newDatabase("rw_env");
    PortfolioImport.run(
        TapeSource.folder(Tapes.write(temp.resolve("t"), Tapes.valid())),
        withCredentials,
        "env",
        false,
        Progress.NONE,
        Map.of());
    PortfolioLocation bare = PortfolioLocation.parse(withCredentials.url());

    try (PortfolioRepository repo =
        PortfolioRepository.open(bare, server.credentialsEnvironment())) {
      assertThat(repo.info().loans()).isEqualTo(2);
    }
    assertThatThrownBy(() -> PortfolioRepository.open(bare, Map.of("PGUSER", server.adminUser())))
        .satisfies(e -> assertThat(((PortfolioException) e).needsPassword()).isTrue());
  }
}
