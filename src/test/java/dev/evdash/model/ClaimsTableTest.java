package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's claims against the record, with the bundled data. */
class ClaimsTableTest {

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();
    private static final List<ClaimCheck> CHECKS = ClaimsTable.compute(DATA);

    private static ClaimCheck articleClaim(String series) {
        return CHECKS.stream().filter(c -> c.fromArticle() && c.series().id().equals(series)).findFirst().orElseThrow();
    }

    @Test
    void bmw183000DoesNotMatchBmwGroupsOwnFigure() {
        ClaimCheck c = articleClaim("deliveries-bmw-bev");
        assertThat(c.claim().value()).isEqualTo(183_000);
        assertThat(c.record()).isEqualTo(426_594);
        assertThat(c.difference()).isEqualTo(-243_594);
        assertThat(c.differencePercent()).isCloseTo(-57.1, within(0.05));
        assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.DOES_NOT_MATCH);
        assertThat(c.recordScope()).startsWith("BEV, worldwide");
        assertThat(c.claimScope()).containsIgnoringCase("scope");
    }

    @Test
    void byd116MillionDoesNotMatchBydsOwnBevFigure() {
        ClaimCheck c = articleClaim("deliveries-byd-bev");
        assertThat(c.claim().value()).isEqualTo(1_160_000);
        assertThat(c.record()).isEqualTo(1_764_992);
        assertThat(c.differencePercent()).isCloseTo(-34.3, within(0.05));
        assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.DOES_NOT_MATCH);
    }

    @Test
    void overHalfOfWorldSalesHoldsAgainstTheComputedShare() {
        ClaimCheck c = articleClaim("share-of-world-ev-sales-china");
        assertThat(c.record()).isCloseTo(64.57, within(0.01));
        assertThat(c.verdict()).isEqualTo(ClaimCheck.Verdict.HOLDS);
        assertThat(c.recordScope()).contains("11,300,000 of 17,500,000");
    }

    @Test
    void articleClaimsComeFirstThenPressFigures() {
        assertThat(CHECKS.subList(0, 3)).allMatch(ClaimCheck::fromArticle);
        assertThat(CHECKS.stream().filter(c -> !c.fromArticle())).isNotEmpty();
    }

    @Test
    void checkingSomeSeriesGivesTheirChecksOfTheWholeTable() {
        java.util.Set<String> some = java.util.Set.of("deliveries-bmw-bev", "share-of-world-ev-sales-china");
        List<ClaimCheck> part = ClaimsTable.compute(DATA, s -> some.contains(s.id()));
        assertThat(part).isNotEmpty()
                .isEqualTo(CHECKS.stream().filter(c -> some.contains(c.series().id())).toList());
        assertThat(CHECKS.size()).isGreaterThan(part.size());
    }
}
