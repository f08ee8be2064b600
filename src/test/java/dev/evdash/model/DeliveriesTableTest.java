package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.model.chart.BarData;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveriesTableTest {

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();

    private static DeliveriesTable.Filter filter(List<String> companies, boolean split, String source) {
        return new DeliveriesTable.Filter(companies, Period.Granularity.YEAR, 2019, 2025, split, source, "byd", "bmw");
    }

    private static BarData.Bar bar(DeliveriesTable.Result r, String period, int group) {
        int category = r.chart().categories().indexOf(period);
        return r.chart().bars().stream().filter(b -> b.category() == category && b.group() == group)
                .findFirst().orElseThrow();
    }

    @Test
    void bydAndBmw2024AreTheCompanyFiguresSplitIntoBevAndPhev() {
        DeliveriesTable.Result r = DeliveriesTable.compute(DATA, filter(List.of("byd", "bmw"), true, null));
        assertThat(r.chart().groups()).containsExactly("BYD", "BMW Group");
        BarData.Bar byd = bar(r, "2024", 0);
        assertThat(byd.segments()).extracting(BarData.Segment::value).containsExactly(1_764_992.0, 2_485_378.0);
        BarData.Bar bmw = bar(r, "2024", 1);
        assertThat(bmw.segments()).extracting(BarData.Segment::value).containsExactly(426_594.0, 166_614.0);
        assertThat(bmw.segments().get(0).conflict()).isTrue();
        assertThat(bmw.segments().get(0).tooltip())
                .contains("BMW Group · BEV · 2024", "426,594 vehicles", "Sources disagree", "183,000 vehicles",
                        "BMW's AI Alliances");
    }

    @Test
    void preferringTheArticlePlotsItsClaim() {
        String article = DATA.sources().stream().filter(s -> s.kind().id().equals("article")).findFirst()
                .orElseThrow().id();
        DeliveriesTable.Result r = DeliveriesTable.compute(DATA, filter(List.of("byd", "bmw"), true, article));
        assertThat(bar(r, "2024", 1).segments().get(0).value()).isEqualTo(183_000);
        assertThat(bar(r, "2024", 0).segments().get(0).value()).isEqualTo(1_160_000);
        // Where the article gives nothing, the dataset's priority still decides.
        assertThat(bar(r, "2024", 1).segments().get(1).value()).isEqualTo(166_614);
    }

    @Test
    void totalsUseTheStatedFigureOrTheSumAndTheRatioComparesThem() {
        DeliveriesTable.Result r = DeliveriesTable.compute(DATA, filter(List.of("byd", "bmw", "tesla"), false, null));
        assertThat(bar(r, "2024", 1).segments()).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(593_215));
        assertThat(bar(r, "2024", 0).total()).isEqualTo(1_764_992 + 2_485_378);
        assertThat(bar(r, "2024", 2).segments()).hasSize(1); // Tesla: BEV only, reports no hybrids
        assertThat(r.ratio()).startsWith("BYD delivered ").contains("× BMW Group in 2025");
    }

    @Test
    void rangeAndGranularityChooseThePeriods() {
        DeliveriesTable.Result years = DeliveriesTable.compute(DATA, new DeliveriesTable.Filter(List.of("byd", "bmw"),
                Period.Granularity.YEAR, 2022, 2024, true, null, "byd", "bmw"));
        assertThat(years.chart().categories()).containsExactly("2022", "2023", "2024");
        DeliveriesTable.Result quarters = DeliveriesTable.compute(DATA, new DeliveriesTable.Filter(List.of("bmw"),
                Period.Granularity.QUARTER, 2024, 2025, true, null, "byd", "bmw"));
        assertThat(quarters.chart().categories()).contains("2024-Q1", "2025-Q2").allMatch(c -> c.contains("-Q"));
    }

    @Test
    void monthsAreTheirOwnPeriodsAndNeverAddUpToAYear() {
        DeliveriesTable.Result months = DeliveriesTable.compute(DATA, new DeliveriesTable.Filter(List.of("byd"),
                Period.Granularity.MONTH, 2026, 2026, true, null, "byd", "bmw"));
        assertThat(months.chart().categories()).contains("2026-01").allMatch(c -> c.matches("\\d{4}-\\d{2}"));
        DeliveriesTable.Row jan = months.rows().stream().filter(r -> r.period().equals(Period.parse("2026-01")))
                .findFirst().orElseThrow();
        // BYD, January 2026: passenger BEV 83,249 and PHEV 122,269 (just-auto)
        assertThat(jan.bev().orElseThrow().value()).isEqualTo(83_249);
        assertThat(jan.phev().orElseThrow().value()).isEqualTo(122_269);
        // the yearly view shows the year's own figure, never a sum of months or quarters
        DeliveriesTable.Result years = DeliveriesTable.compute(DATA, new DeliveriesTable.Filter(List.of("byd"),
                Period.Granularity.YEAR, 2024, 2026, true, null, "byd", "bmw"));
        assertThat(years.chart().categories()).doesNotContain("2026");
        assertThat(years.rows()).allMatch(r -> r.period().isYear());
        assertThat(bar(years, "2024", 0).total()).isEqualTo(1_764_992 + 2_485_378);
    }

    @Test
    void theChartCarriesTheCompaniesMilestonesAndPartnershipsAtTheirDates() {
        DeliveriesTable.Result r = DeliveriesTable.compute(DATA, filter(List.of("byd", "bmw"), true, null));
        BarData chart = r.chart();
        assertThat(chart.spans()).hasSameSizeAs(chart.categories());
        assertThat(chart.events()).extracting(e -> e.id())
                .contains("bmw-ix3-debrecen-series-production", "bmw-momenta-adas-china", "bmw-alibaba-qwen-cockpit")
                .doesNotHaveDuplicates();
        // two companies shown: a label says whose it is
        assertThat(chart.events()).filteredOn(e -> e.id().equals("bmw-momenta-adas-china"))
                .extracting(e -> e.label()).containsExactly("BMW: Momenta");
        // laid out: the Momenta deal of 2025-07-15 sits in the 2025 category, 54 % of the way across it
        dev.evdash.model.chart.BarLayout l = new dev.evdash.model.chart.BarLayout(chart, 1100, 500, false,
                t -> t.length() * 7.0, 15, v -> Long.toString((long) v));
        double at = Period.parse("2025-07-15").start();
        int i = chart.categories().indexOf("2025");
        double band = (l.plotRight() - l.plotLeft()) / chart.categories().size();
        double[] span = chart.spans().get(i);
        assertThat(l.timeX(at)).isCloseTo(l.plotLeft() + band * (i + (at - span[0]) / (span[1] - span[0])),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(l.events()).anySatisfy(p -> assertThat(p.members()).extracting(e -> e.id())
                .contains("bmw-momenta-adas-china"));
        assertThat(l.legend()).extracting(e -> e.label()).contains("partnership announced", "milestone");
        assertThat(l.plotTop()).isGreaterThan(l.legendHeight() + dev.evdash.model.chart.EventLayout.ROW);
    }
}
