package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Edits;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.watchlist.WatchFigures;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WatchlistModelTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    static WatchMetric metric(String id) {
        return BUNDLED.watchlist().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theArticlesThreeMetricsAreFedByTheirProxiesAndSaySo() {
        List<WatchRow> rows = WatchlistModel.rows(BUNDLED, WatchlistModel.Filter.ARTICLE);
        assertThat(rows).extracting(r -> r.metric().name())
                .startsWith("Neue Klasse sales penetration", "OTA update frequency", "AI feature adoption rate");
        WatchRow nk = rows.get(0);
        assertThat(nk.metric().points()).isEmpty(); // no source publishes the metric itself
        assertThat(nk.latest()).isNotEqualTo("no data yet");
        assertThat(nk.via()).startsWith("Via proxy: ");
        // each proxy says what it stands in for
        assertThat(rows).filteredOn(r -> r.metric().proxyFor() != null).isNotEmpty().allSatisfy(r -> {
            assertThat(r.via()).startsWith("Proxy for ");
            assertThat(r.metric().proxyNote()).isNotBlank();
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.company()).isEqualTo("BMW Group"));
        WatchlistModel model = new WatchlistModel(new SimpleObjectProperty<>(BUNDLED));
        assertThat(model.selectedProperty().get()).isEqualTo("bmw-neue-klasse-sales-penetration");
        // its history is its proxies', with BMW's Neue Klasse milestones on the time axis
        TimeChartData history = model.chartProperty().get();
        assertThat(history.lines()).extracting(TimeChartData.Line::name).anyMatch(n -> n.contains("iX3"));
        assertThat(history.events()).extracting(TimeChartData.Event::id).contains("bmw-ix3-debrecen-series-production");
    }

    @Test
    void aQualifiedValueKeepsItsWordingAndAConflictIsKeptNotAveraged() {
        WatchRow rsu = WatchlistModel.rows(BUNDLED).stream()
                .filter(r -> r.metric().id().equals("bmw-rsu-capable-vehicles")).findFirst().orElseThrow();
        assertThat(rsu.latest()).isEqualTo("more than 9,000,000 vehicles");
        assertThat(rsu.period()).isEqualTo("Oct 2024");
        // Q1 2026: "about 33.3 %" of BEV orders and "more than 50 %" of X3 orders, two sources, two scopes
        List<WatchFigures.Value> shares = WatchFigures.values(BUNDLED, metric("bmw-nk-share-of-orders"));
        WatchFigures.Value q1 = shares.stream().filter(v -> v.period().equals(Period.parse("2026-Q1"))).findFirst()
                .orElseThrow();
        assertThat(q1.all()).hasSize(3);
        assertThat(q1.conflict()).isTrue();
        assertThat(q1.all()).extracting(Point::value).containsExactlyInAnyOrder(33.3, 33.3, 50.0);
        assertThat(q1.value()).isIn(33.3, 50.0); // one of the sources' figures, never their mean
    }

    @Test
    void aRunningTotalShowsWhatItAddedPerPeriodComputedFromTheTotals() {
        WatchMetric huawei = metric("huawei-ads-vehicles-cum");
        assertThat(huawei.runningTotal()).isTrue();
        List<WatchFigures.Growth> growth = WatchFigures.growth(WatchFigures.values(BUNDLED, huawei));
        // Oct 2024 300,000 → Aug 2025 1,000,000: +700,000 over 10 months; → Dec 2025 1,400,000: +400,000 over 4
        assertThat(growth).extracting(WatchFigures.Growth::added).containsExactly(700_000.0, 400_000.0);
        assertThat(growth).extracting(WatchFigures.Growth::months).containsExactly(10.0, 4.0);
        assertThat(growth.get(1).perMonth()).isEqualTo(100_000);
        TimeChartData chart = WatchlistModel.history(BUNDLED, huawei, List.of()).data();
        assertThat(chart.bars()).hasSize(2).allSatisfy(b -> assertThat(b.segments().get(0).computed()).isTrue());
        assertThat(chart.lines().get(0).right()).isTrue();
    }

    @Test
    void aTargetShowsTheGapAndThePaceNeeded() {
        WatchMetric huawei = metric("huawei-ads-vehicles-cum");
        WatchFigures.Value last = WatchFigures.values(BUNDLED, huawei).get(2);
        WatchFigures.Pace pace = WatchFigures.pace(huawei, last).orElseThrow();
        // 3,000,000 in 2026 against 1,400,000 at the end of 2025: 1,600,000 to go in 12 months
        assertThat(pace.gap()).isEqualTo(1_600_000);
        assertThat(pace.years()).isEqualTo(1.0);
        assertThat(pace.perYear()).isEqualTo(1_600_000);
        WatchRow row = WatchlistModel.rows(BUNDLED).stream().filter(r -> r.metric() == huawei).findFirst().orElseThrow();
        assertThat(row.gap()).isEqualTo("1,600,000 vehicles to go");
        assertThat(row.pace()).isEqualTo("1,600,000 vehicles a year needed");

        WatchMetric bev = metric("bmw-bev-share-of-deliveries");
        WatchRow bmw = WatchlistModel.rows(BUNDLED).stream().filter(r -> r.metric() == bev).findFirst().orElseThrow();
        // about 18 % in 2025 against 50 % by 2030: 32 points in 5 years, 6.4 points a year
        assertThat(bmw.gap()).isEqualTo("32 points to go");
        assertThat(bmw.pace()).isEqualTo("6.4 points a year needed");
        assertThat(WatchFigures.pace(bev, WatchFigures.values(BUNDLED, bev).get(1)).orElseThrow().years())
                .isCloseTo(5.0, within(1e-9));
    }

    @Test
    void peersOfDifferentScopeAreNeverOnOneAxisUnsaid() {
        WatchMetric tesla = metric("tesla-fsd-active-subs");
        WatchMetric huawei = metric("huawei-ads-vehicles-cum");
        WatchMetric byd = metric("byd-adas-vehicles-cum");
        WatchlistModel.History h = WatchlistModel.history(BUNDLED, huawei, List.of(byd, tesla));
        assertThat(h.data().lines()).hasSize(3);
        assertThat(h.data().lines().stream().filter(TimeChartData.Line::right)).extracting(TimeChartData.Line::name)
                .singleElement().asString().startsWith("Tesla").contains("million subscriptions");
        assertThat(h.note()).contains("Different scopes on two axes").contains("vehicles at the left")
                .contains("million subscriptions at the right");
    }

    @Test
    void plannedMilestonesAreShownAsPlannedAndOnceTheirDatePassesSaySoWithoutBecomingFacts() {
        // i3 series production at Munich, planned for August 2026
        List<TimeChartData.Event> june = WatchFigures.milestones(BUNDLED, "bmw", java.time.LocalDate.of(2026, 6, 1));
        assertThat(june).filteredOn(e -> e.id().equals("bmw-nk-i3-munich-series-production")).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(TimeChartData.EventKind.PLANNED);
                    assertThat(e.tooltip()).contains("Aug 2026 (planned)\nSource:");
                });
        List<TimeChartData.Event> december = WatchFigures.milestones(BUNDLED, "bmw",
                java.time.LocalDate.of(2026, 12, 1));
        assertThat(december).filteredOn(e -> e.id().equals("bmw-nk-i3-munich-series-production")).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(TimeChartData.EventKind.PLANNED);
                    assertThat(e.tooltip()).contains("(planned; the date has passed and no source in the data"
                            + " reports it done)");
                });
        assertThat(june).filteredOn(e -> e.id().equals("bmw-ix3-debrecen-series-production")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(TimeChartData.EventKind.MILESTONE));
    }

    @Test
    void aViewListeningToTheRowsHearsOfNewDataAfterAGarbageCollection() {
        SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>(BUNDLED);
        WatchlistModel model = new WatchlistModel(data);
        int[] changes = {0};
        model.rows().addListener((javafx.collections.ListChangeListener<WatchRow>) c -> changes[0]++);
        for (int i = 0; i < 3; i++) {
            System.gc(); // a read-only view made per call would be collected, and its listeners with it
        }
        data.set(Edits.putWatchPoint(BUNDLED, "bmw-ota-update-frequency", -1,
                new Point(Period.parse("2025"), 4, null, BUNDLED.sources().get(0).id(), null, null)));
        assertThat(changes[0]).isEqualTo(1);
        assertThat(model.rows()).isSameAs(model.rows());
    }

    @Test
    void valuesShowTheLatestTheChangeAndTheGapToTheTarget() {
        String id = "bmw-ota-update-frequency";
        String src = BUNDLED.sources().get(0).id();
        String other = BUNDLED.sources().get(1).id();
        Dataset d = Edits.putWatchPoint(BUNDLED, id, -1, new Point(Period.parse("2025"), 4, null, src, null, null));
        d = Edits.putWatchPoint(d, id, -1, new Point(Period.parse("2024"), 3, null, src, null, null));
        d = Edits.putWatchPoint(d, id, -1, new Point(Period.parse("2025"), 5, null, other, null, null));
        WatchMetric w = d.watchlist().get(1);
        d = Edits.putWatchMetric(d, id, w.withTarget(new WatchMetric.Target(12, Period.parse("2027"), src)));
        WatchRow row = WatchlistModel.rows(d).get(1);
        assertThat(row.trend()).hasSize(2);
        assertThat(row.period()).isEqualTo("2025");
        assertThat(row.latest()).isIn("4 updates per year", "5 updates per year");
        assertThat(row.change()).endsWith("updates per year on 2024");
        assertThat(row.direction()).isEqualTo(1);
        assertThat(row.target()).isEqualTo("Target 12 updates per year by 2027");
        assertThat(row.gap()).matches("[78] updates per year to go");
        assertThat(row.conflict()).as("two sources disagree on 2025").isTrue();

        WatchlistModel model = new WatchlistModel(new SimpleObjectProperty<>(d));
        model.selectedProperty().set(id);
        TimeChartData chart = model.chartProperty().get();
        TimeChartData.Line line = chart.lines().get(0);
        assertThat(line.marks().stream().filter(m -> !m.style().forward())).hasSize(2);
        TimeChartData.Mark y2025 = line.marks().stream()
                .filter(m -> m.start() == Period.parse("2025").start() && !m.style().forward()).findFirst().orElseThrow();
        assertThat(y2025.style().conflict()).isTrue();
        assertThat(y2025.tooltip()).contains("Sources disagree");
    }
}
