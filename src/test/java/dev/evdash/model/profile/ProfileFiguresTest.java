package dev.evdash.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.model.Kpi;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automaker profile's computed figures, against numbers worked out by hand from the bundled data. */
class ProfileFiguresTest {

    private static final Dataset D = new DatasetReader().readBundled().dataset().orElseThrow();

    private static ProfileFigures.Year year(String company, int y) {
        return ProfileFigures.years(D, company).stream().filter(x -> x.year().equals(Period.ofYear(y))).findFirst()
                .orElseThrow();
    }

    @Test
    void bmwsBevShareIsItsBevDeliveriesOverAllItsDeliveries() {
        // 2025: 442,072 BEV of 2,463,715 (BMW Group, ecomento) = 17.94 %; 2024: 426,594 of 2,450,804 = 17.41 %
        assertThat(year("bmw", 2025).bevShareOfAll().orElseThrow()).isCloseTo(17.943, within(0.001));
        assertThat(year("bmw", 2024).bevShareOfAll().orElseThrow()).isCloseTo(17.406, within(0.001));
        // the company's own figure wins over the article's 183,000
        assertThat(ProfileFigures.figures(year("bmw", 2024))).containsEntry("bev", 426_594.0);
        List<Kpi> kpis = ProfileFigures.kpis(D, "bmw");
        assertThat(kpis).extracting(Kpi::title).contains("Electric deliveries worldwide (BEV+PHEV)",
                "BEV share of its deliveries", "China's share of its deliveries", "Partnerships in the data");
        assertThat(kpis.get(0).value()).isEqualTo("642,087");
        // (642,087 − 593,215) / 593,215 = +8.24 %
        assertThat(kpis.get(0).change()).isEqualTo("+8.2 % on 2024");
        assertThat(kpis.get(1).value()).isEqualTo("17.9 %");
    }

    @Test
    void chinasShareOfBmwsDeliveriesIsComputedFromItsChinaAndWorldTotals() {
        // 2025: 625,527 in China of 2,463,715 worldwide = 25.39 %
        double[] c = ProfileFigures.chinaShareOfDeliveries(D, "bmw").orElseThrow();
        assertThat(c[0]).isCloseTo(25.390, within(0.001));
        assertThat(c[1]).isEqualTo(2025);
        assertThat(c[2]).isEqualTo(625_527);
        assertThat(c[3]).isEqualTo(2_463_715);
    }

    @Test
    void whereNoPhevFigureIsSourcedThePhevBarIsComputedFromTheStatedTotal() {
        ChinaMarketCharts.Chart chart = ProfileFigures.deliveries(D, "bmw", List.of());
        TimeChartData.Bar y2025 = chart.data().bars().stream()
                .filter(b -> b.start() == Period.ofYear(2025).start()).findFirst().orElseThrow();
        // 642,087 BEV+PHEV − 442,072 BEV = 200,015, marked as computed
        assertThat(y2025.segments()).extracting(TimeChartData.Segment::value).containsExactly(442_072.0, 200_015.0);
        assertThat(y2025.segments().get(1).computed()).isTrue();
        assertThat(chart.rows()).anySatisfy(r -> {
            assertThat(r.series()).isEqualTo("BEV share of BMW Group's deliveries");
            assertThat(r.period()).isEqualTo(Period.ofYear(2025));
            assertThat(r.value()).isEqualTo(17.9);
        });
    }

    @Test
    void bydsProfileHasItsSharesOfChinasMarketAndItsOwnTimeline() {
        ChinaMarketCharts.Chart shares = ProfileFigures.chinaShares(D, "byd", List.of());
        assertThat(shares.data().lines()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shares.rows()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        List<ProfileFigures.TimelineEntry> timeline = ProfileFigures.timeline(D, "byd", LocalDate.of(2026, 12, 1));
        assertThat(timeline).extracting(ProfileFigures.TimelineEntry::id).contains("byd-gods-eye-standard-launch");
        assertThat(timeline).isSortedAccordingTo(
                java.util.Comparator.comparing(ProfileFigures.TimelineEntry::date).reversed());
        assertThat(ProfileFigures.chinaShares(D, "bmw", List.of()).data().isEmpty()).isTrue();
    }

    @Test
    void aPlannedMilestoneOnTheTimelineStaysPlanned() {
        List<ProfileFigures.TimelineEntry> bmw = ProfileFigures.timeline(D, "bmw", LocalDate.of(2026, 12, 1));
        assertThat(bmw).filteredOn(e -> e.id().equals("bmw-ix3-san-luis-potosi-production")).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ProfileFigures.TimelineEntry.Kind.PLANNED);
                    assertThat(e.detail()).startsWith("Milestone (planned)");
                });
        assertThat(bmw).filteredOn(e -> e.id().equals("bmw-alibaba-qwen-cockpit")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ProfileFigures.TimelineEntry.Kind.PARTNERSHIP));
    }
}
