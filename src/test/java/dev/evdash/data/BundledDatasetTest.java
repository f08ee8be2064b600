package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundledDatasetTest {

    private static final DatasetReader READER = new DatasetReader();

    static Dataset bundled() {
        ReadResult r = READER.readBundled();
        assertThat(r.problems()).isEmpty();
        return r.dataset().orElseThrow();
    }

    @Test
    void bundledDatasetValidatesWithZeroProblems() {
        // the full read, JSON Schema and all: the start-up read trusts this check
        ReadResult r = READER.readBundledStrictly();
        assertThat(r.problems()).extracting(Problem::format).isEmpty();
        assertThat(r.dataset()).isEqualTo(READER.readBundled().dataset());
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void roundTripKeepsEveryValue() {
        DatasetCodec codec = new DatasetCodec();
        Dataset original = bundled();
        String written = codec.write(original);
        Dataset again = codec.read(written);
        assertThat(again).isEqualTo(original);
        assertThat(codec.write(again)).isEqualTo(written);
        // What the codec writes is itself a valid dataset.
        assertThat(READER.read("written.json", written.getBytes(java.nio.charset.StandardCharsets.UTF_8)).problems())
                .isEmpty();
    }

    @Test
    void wholeNumbersAreWrittenWithoutFraction() {
        String written = new DatasetCodec().write(bundled());
        assertThat(written).contains("\"value\": 426594").doesNotContain("426594.0");
    }

    @Test
    void everyFigureNamesAWebSource() {
        Dataset d = bundled();
        Set<String> ids = new HashSet<>();
        d.sources().forEach(s -> {
            assertThat(s.url()).matches("https?://\\S+");
            ids.add(s.id());
        });
        d.series().forEach(s -> s.points().forEach(p -> assertThat(ids).contains(p.source())));
        d.partnerships().forEach(p -> assertThat(ids).containsAll(p.sources()));
    }

    @Test
    void holdsBmwCompanyFiguresBesideTheArticleClaim() {
        Dataset d = bundled();
        Series bmw = d.seriesById("deliveries-bmw-bev").orElseThrow();
        assertThat(bmw.company()).isEqualTo("bmw");
        assertThat(bmw.powertrain()).isEqualTo(Powertrain.BEV);
        List<Double> values2024 = bmw.points().stream()
                .filter(p -> p.period().equals(Period.ofYear(2024))).map(Point::value).toList();
        assertThat(values2024).contains(426_594.0, 426_536.0, 183_000.0);
        Point claim = bmw.points().stream().filter(p -> p.value() == 183_000).findFirst().orElseThrow();
        assertThat(d.source(claim.source()).orElseThrow().kind()).isEqualTo(SourceKind.ARTICLE);
    }

    @Test
    void holdsBydFiguresBesideTheArticleClaim() {
        Dataset d = bundled();
        Series byd = d.seriesById("deliveries-byd-bev").orElseThrow();
        List<Double> values2024 = byd.points().stream()
                .filter(p -> p.period().equals(Period.ofYear(2024))).map(Point::value).toList();
        assertThat(values2024).contains(1_764_992.0, 1_160_000.0);
        assertThat(d.seriesById("deliveries-byd-phev").orElseThrow().points())
                .anyMatch(p -> p.period().equals(Period.ofYear(2024)) && p.value() == 2_485_378);
    }

    @Test
    void keepsBothIeaEditionsWhereTheIeaRevisedAFigure() {
        Series phev = bundled().seriesById("ev-sales-world-phev").orElseThrow();
        List<Point> y2023 = phev.points().stream().filter(p -> p.period().equals(Period.ofYear(2023))).toList();
        assertThat(y2023).extracting(Point::value).contains(4_200_000.0, 4_300_000.0);
        assertThat(y2023).extracting(Point::source).contains("iea-gevo-2025-csv", "iea-gevo-2024-csv");
    }

    @Test
    void holdsTheAlliancesTheProductIsAbout() {
        Dataset d = bundled();
        assertThat(d.partnerships()).anySatisfy(p -> {
            assertThat(p.parties()).containsExactlyInAnyOrder("bmw", "alibaba");
            assertThat(p.areas()).contains(Area.LLM_COCKPIT);
            assertThat(p.announced()).isEqualTo("2025-03-26");
        });
        assertThat(d.partnerships()).anySatisfy(p -> {
            assertThat(p.parties()).containsExactlyInAnyOrder("bmw", "momenta");
            assertThat(p.areas()).contains(Area.ADAS);
            assertThat(p.announced()).isEqualTo("2025-07-15");
        });
        assertThat(d.company("byd").orElseThrow().localName()).isEqualTo("比亚迪");
    }

    /** The suggested-metrics table of the watchlist reference: each ships with its sourced values. */
    private static final List<String> SUGGESTED = List.of("bmw-ix3-orders-reported", "bmw-nk-share-of-orders",
            "bmw-bev-share-of-deliveries", "bmw-rsu-capable-vehicles", "bmw-rsu-campaign-reach",
            "bmw-connected-vehicles", "tesla-fsd-miles-cum", "tesla-fsd-active-subs", "tesla-fsd-take-rate",
            "tesla-fsd-miles-per-day", "huawei-ads-vehicles-cum", "huawei-ads-km-cum", "byd-adas-vehicles-cum",
            "byd-adas-share-of-sales", "byd-adas-km-per-day", "china-ota-recall-vehicles");

    @Test
    void watchlistHoldsTheArticlesThreeMetricsFedByNamedProxiesAndTheSuggestedMetricsWithTheirValues() {
        Dataset d = bundled();
        List<WatchMetric> article = d.watchlist().stream().filter(w -> w.articleMetric() != null
                && w.proxyFor() == null && w.points().isEmpty() && w.company().equals("bmw")).toList();
        assertThat(article).extracting(WatchMetric::articleMetric).contains(WatchMetric.ArticleMetric.values());
        // the article's metrics have no published value; each proxy says what it stands in for
        for (WatchMetric.ArticleMetric a : WatchMetric.ArticleMetric.values()) {
            WatchMetric m = article.stream().filter(w -> w.articleMetric() == a).findFirst().orElseThrow();
            List<WatchMetric> proxies = d.watchlist().stream().filter(w -> m.id().equals(w.proxyFor())).toList();
            assertThat(proxies).as(a.label()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.proxyNote()).isNotBlank();
                assertThat(p.points()).isNotEmpty();
            });
        }
        for (String id : SUGGESTED) {
            WatchMetric m = d.watchlist().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow(
                    () -> new AssertionError("missing " + id));
            assertThat(m.points()).as(id).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(p -> assertThat(d.source(p.source())).as(id + " " + p.period()).isPresent());
        }
        // the OTA cadence of peers: one metric per company in one peer group
        assertThat(d.watchlist().stream().filter(w -> "ota-updates-per-period".equals(w.peerGroup()))
                .map(WatchMetric::company)).contains("tesla", "xpeng", "nio", "byd");
        // the Neue Klasse milestones of the reference's Table 1, the planned ones planned
        assertThat(d.milestones().stream().filter(m -> "bmw-nk-milestones".equals(m.metric())).map(Milestone::id))
                .contains("bmw-nk-debrecen-pre-production", "bmw-ix3-debrecen-series-production",
                        "bmw-nk-shenyang-pre-series", "bmw-ix3-european-deliveries-start");
        assertThat(d.milestones()).filteredOn(m -> m.id().equals("bmw-ix3-san-luis-potosi-production"))
                .singleElement().satisfies(m -> assertThat(m.planned()).isTrue());
    }
}
