package com.riskworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskworkbench.analysis.Analyses;
import com.riskworkbench.analysis.AnalysisScope;
import com.riskworkbench.portfolio.DataQualityReport;
import com.riskworkbench.portfolio.book.PortfolioBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackInputsTest {
  static PackInputs.Builder complete() {
    return PackInputs.builder()
        .scope(AnalysisScope.all(new PortfolioBuilder().build()))
        .params(Analyses.Params.defaults())
        .portfolio("/data/book.mv.db")
        .portfolioSha256("ab12")
        .programVersion("1.0")
        .preparer("analyst")
        .generatedAt(Instant.EPOCH)
        .dataQuality(new DataQualityReport(Map.of(), List.of(), List.of()))
        .identities(Map.of())
        .labels(PackLabels.of("en"));
  }

  @Test
  void personalDataIsMaskedUnlessAskedOtherwise() {
    assertThat(complete().build().unmasked()).isFalse();
    assertThat(complete().unmasked(true).build().unmasked()).isTrue();
  }

  @Test
  void buildNamesTheMissingPart() {
    assertThatThrownBy(() -> PackInputs.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> complete().portfolioSha256(null).build())
        .hasMessage(
            "A committee pack needs portfolioSha256 (the file's SHA-256 or the database's"
                + " import id).");
    assertThatThrownBy(() -> complete().identities(null).build())
        .hasMessageContaining("identities");
  }
}
