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
}
