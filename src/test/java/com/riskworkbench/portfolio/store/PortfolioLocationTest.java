package com.riskworkbench.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioLocationTest {

  @Test
  void aPathIsAFile() {
    assertThat(PortfolioLocation.parse("books/team.mv.db"))
        .isEqualTo(new PortfolioLocation.File(Path.of("books/team.mv.db")));
    assertThat(PortfolioLocation.parse("books/team.mv.db").display()).isEqualTo("books/team.mv.db");
  }

  @Test
  void credentialsLeaveTheUrlAndThePasswordIsNeverShown() {
    PortfolioLocation.Postgres p =
        (PortfolioLocation.Postgres)
            PortfolioLocation.parse(
                "jdbc:postgresql://db.example:5433/risk?user=li%20na&password=s%3Dcret&ssl=true");

    assertThat(p.url()).isEqualTo("jdbc:postgresql://db.example:5433/risk?ssl=true");
    assertThat(p.user()).contains("li na");
    assertThat(new String(p.password().orElseThrow())).isEqualTo("s=cret");
    assertThat(p.display()).isEqualTo("jdbc:postgresql://db.example:5433/risk?ssl=true&user=li+na");
    assertThat(p.toString()).doesNotContain("cret");
  }

  @Test
  void aPromptedPasswordIsAddedWithoutChangingWhatIsShown() {
    PortfolioLocation.Postgres p =
        (PortfolioLocation.Postgres) PortfolioLocation.parse("jdbc:postgresql://h/risk");
    PortfolioLocation.Postgres withPassword = p.withPassword("typed".toCharArray());

    assertThat(p.password()).isEmpty();
    assertThat(new String(withPassword.password().orElseThrow())).isEqualTo("typed");
    assertThat(withPassword.display()).isEqualTo("jdbc:postgresql://h/risk");
    assertThat(withPassword.user()).isEqualTo(Optional.empty());
  }

  @Test
  void otherDatabaseUrlsAndMalformedOnesAreRefused() {
    assertThatThrownBy(() -> PortfolioLocation.parse("jdbc:mysql://h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only PostgreSQL");
    assertThatThrownBy(() -> PortfolioLocation.parse("jdbc:postgresql:risk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a database URL looks like jdbc:postgresql://host:port/database");
  }

  /** pgjdbc would load the class, or write the file, that these name: a URL is untrusted too. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "socketFactory=java.lang.ProcessBuilder",
        "sslfactory=org.example.Evil",
        "sslhostnameverifier=org.example.Evil",
        "sslpasswordcallback=org.example.Evil",
        "authenticationPluginClassName=org.example.Evil",
        "loggerFile=/tmp/owned",
        "options=-c%20search_path=evil"
      })
  void parametersThatLoadClassesWriteFilesOrChangeTheServerAreRefused(String parameter) {
    String name = parameter.substring(0, parameter.indexOf('='));
    assertThatThrownBy(
            () -> PortfolioLocation.parse("jdbc:postgresql://h/risk?ssl=true&" + parameter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the database URL parameter '" + name + "' is not accepted: only ApplicationName")
        .hasMessageNotContaining("\n");
  }

  @Test
  void theUsualConnectionParametersStay() {
    PortfolioLocation.Postgres p =
        (PortfolioLocation.Postgres)
            PortfolioLocation.parse(
                "jdbc:postgresql://h/risk?sslmode=verify-full&ApplicationName=rw&currentSchema=q3");
    assertThat(p.url())
        .isEqualTo(
            "jdbc:postgresql://h/risk?sslmode=verify-full&ApplicationName=rw&currentSchema=q3");
  }
}
