package dev.evdash.model.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Claim;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every claim of the article against the record, with the bundled data. */
class ClaimRowsTest {

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();

    private static ClaimRow row(List<ClaimRow> rows, String id) {
        return rows.stream().filter(r -> r.claim().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyClaimOfTheReferenceIsListedWithItsVerdictInTheReferencesWords() {
        List<ClaimRow> rows = ClaimRows.of(DATA);
        Map<String, String> verdicts = rows.stream()
                .collect(Collectors.toMap(r -> r.claim().id(), ClaimRow::verdictWords));
        assertThat(verdicts).containsEntry("article-china-over-half", "holds")
                .containsEntry("article-byd-1-16-million", "does not match")
                .containsEntry("article-bmw-183000", "does not match")
                .containsEntry("article-bmw-alibaba-qwen", "holds")
                .containsEntry("article-bmw-momenta-adas", "holds")
                .containsEntry("article-momenta-mpilot-saic", "holds")
                .containsEntry("article-momenta-mpilot-great-wall", "unconfirmed")
                .containsEntry("article-bytedance-automaker-partner", "unconfirmed")
                .containsEntry("article-ford-huawei-harmonyos", "no source found")
                .containsEntry("article-nio-adam-supercomputer", "partly holds")
                .containsEntry("article-byd-dilink-5", "no source found")
                .containsEntry("article-alibaba-q4-2024-revenue", "holds")
                .containsEntry("article-alibaba-triple-digit-six-quarters", "does not match")
                .containsEntry("article-alibaba-290000-enterprise-customers", "does not match")
                .containsEntry("article-alibaba-1-3-billion-users", "unconfirmed")
                .containsEntry("article-watchlist-advice", "advice");
        assertThat(rows).extracting(ClaimRow::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
        assertThat(ClaimRows.summary(rows)).isEqualTo("15 claims checked: 5 hold, 1 partly holds, 4 do not match,"
                + " 3 unconfirmed, 2 with no source found; 1 piece of advice, tracked in the Watchlist.");
    }

    @Test
    void aFiguresVerdictIsComputedFromTheDataAsItIsToday() {
        ClaimRow bmw = row(ClaimRows.of(DATA), "article-bmw-183000");
        assertThat(bmw.computed()).isTrue();
        assertThat(bmw.record()).startsWith("426,594 (BEV, worldwide").contains("claimed 183,000")
                .contains("-243,594").contains("-57.1 %");
        assertThat(bmw.sources()).extracting(s -> s.id()).contains("bmw-2024-ansa");
        // were the record to say 183,000, the same claim would hold
        List<Series> series = DATA.series().stream().map(s -> !s.id().equals("deliveries-bmw-bev") ? s
                : s.withPoints(s.points().stream().map(p -> p.period().toString().equals("2024") && p.value() == 426_594
                        ? new Point(p.period(), 183_000, null, p.source(), p.excerpt(), p.note()) : p).toList()))
                .toList();
        ClaimRow changed = row(ClaimRows.of(DATA.withSeries(series)), "article-bmw-183000");
        assertThat(changed.verdict()).isEqualTo(Claim.Verdict.HOLDS);
    }

    @Test
    void aStatementsVerdictIsTheClaimRecordsOwnWithItsReasoningAndPartnerships() {
        ClaimRow greatWall = row(ClaimRows.of(DATA), "article-momenta-mpilot-great-wall");
        assertThat(greatWall.computed()).isFalse();
        assertThat(greatWall.reasoning()).contains("Great Wall");
        assertThat(greatWall.partnerships()).extracting(p -> p.id()).containsExactly("great-wall-momenta-adas");
        assertThat(greatWall.sources()).extracting(s -> s.id()).containsExactly("cnevpost-gwm-2025");
    }

    @Test
    void theAdviceIsTrackedWithWhatTheWatchlistHoldsForItsMetrics() {
        ClaimRow advice = row(ClaimRows.of(DATA), "article-watchlist-advice");
        assertThat(advice.verdict()).isNull();
        assertThat(advice.record()).contains("Neue Klasse sales penetration: no published value; proxies:")
                .contains("BMW iX3 orders reported more than 50,000 orders (Q1 2026)");
        assertThat(advice.concerns("bmw", "BMW", java.util.Set.of("bmw"))).isTrue();
    }

    @Test
    void claimsConcernTheCompaniesTheyName() {
        List<ClaimRow> rows = ClaimRows.of(DATA);
        List<String> byd = rows.stream().filter(r -> r.concerns("byd", "BYD", java.util.Set.of("bmw")))
                .map(r -> r.claim().id()).toList();
        assertThat(byd).contains("article-byd-1-16-million", "article-byd-dilink-5")
                .doesNotContain("article-bmw-183000", "article-watchlist-advice");
    }
}
