package dev.evdash.model.chinamarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.model.chart.TimeChartData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The China market view's computed figures, against numbers worked out by hand from the reference rows. */
class ChinaMarketChartsTest {

    static final Dataset D = new DatasetReader().readBundled().dataset().orElseThrow();
    static final String CPCA = "penetration-china-nev-cpca-retail";
    static final int FROM = 2015 * 12;
    static final int TO = 2026 * 12 + 11;

    static TimeChartData.Line line(ChinaMarketCharts.Chart c, String nameStart) {
        return c.data().lines().stream().filter(l -> l.name().startsWith(nameStart)).findFirst().orElseThrow();
    }

    static double mid(String period) {
        Period p = Period.parse(period);
        return (p.start() + p.end()) / 2;
    }

    static TimeChartData.Mark markAt(TimeChartData.Line l, String period) {
        return l.marks().stream().filter(m -> Math.abs(m.middle() - mid(period)) < 1e-9).findFirst()
                .orElseThrow(() -> new AssertionError("no mark for " + period + " in " + l.name()));
    }

    @Test
    void bmwsChinaShareOfItsDeliveriesIsChinaOverWorldwide() {
        ChinaMarketCharts.CompanyInChina c = ChinaMarketCharts.companyInChina(D, "bmw", FROM, TO, List.of());
        TimeChartData.Line share = line(c.chart(), "China's share");
        // 2025: 625,527 in China of 2,463,715 worldwide (BMW Group, ecomento) = 25.39 %
        assertThat(markAt(share, "2025").value()).isCloseTo(25.39, within(0.01));
        // 2024: 715,200 of 2,450,804 = 29.18 %
        assertThat(markAt(share, "2024").value()).isCloseTo(29.18, within(0.01));
        // 2020: 777,379 of 2,324,809 = 33.44 %
        assertThat(markAt(share, "2020").value()).isCloseTo(33.44, within(0.01));
        // the 2025 bar: China 625,527 under the rest of the world, 2,463,715 − 625,527 = 1,838,188 (computed)
        TimeChartData.Bar bar2025 = c.chart().data().bars().stream()
                .filter(b -> Math.abs(b.start() - Period.parse("2025").start()) < 1e-9).findFirst().orElseThrow();
        assertThat(bar2025.segments().get(0).value()).isEqualTo(625_527);
        assertThat(bar2025.segments().get(1).value()).isEqualTo(1_838_188);
        assertThat(bar2025.segments().get(1).computed()).isTrue();
    }

    @Test
    void theCalloutComparesTheLatestYearWithTheBestOneInTheSourcesWords() {
        String callout = ChinaMarketCharts.companyInChina(D, "bmw", FROM, TO, List.of()).callout();
        // (625,527 − 846,000) / 846,000 = −26.06 %; 2021 was "more than 846,000", so the fall is more than 26 %
        assertThat(callout).startsWith("BMW Group delivered 625,527 cars in China in 2025, more than 26 % fewer than"
                + " in 2021 (more than 846,000 vehicles)");
        assertThat(callout).contains("China took 25.4 % of its deliveries worldwide");
    }

    @Test
    void penetrationFirstPassedHalfInJuly2024AtRetail() {
        assertThat(ChinaMarketCharts.firstMonthAbove(D, CPCA, 50)).contains(Period.parse("2024-07"));
    }

    @Test
    void monthlyAndYearlyFiguresAreNeverMixedOrSummed() {
        ChinaMarketCharts.Chart monthly = ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(),
                ChinaMarketCharts.Granularity.MONTHS, FROM, TO, List.of());
        TimeChartData.Line m = monthly.data().lines().get(0);
        assertThat(m.marks()).allMatch(k -> k.end() - k.start() <= 1 + 1e-9 || k.style().forward());
        assertThat(markAt(m, "2024-07").value()).isEqualTo(51.1);
        // December 2025: the final 59.1 % is charted, the preliminary 60.4 % is a revision shown on hover
        TimeChartData.Mark dec = markAt(m, "2025-12");
        assertThat(dec.value()).isEqualTo(59.1);
        assertThat(dec.style().revised()).isTrue();
        assertThat(dec.tooltip()).contains("60.4 %").contains("preliminary");
        // May 2024 has only CPCA's pre-month-end estimate: charted, hollow, said to be an estimate
        TimeChartData.Mark may = markAt(m, "2024-05");
        assertThat(may.value()).isEqualTo(46.7);
        assertThat(may.style().tentative()).isTrue();
        assertThat(may.tooltip()).contains("estimate");

        ChinaMarketCharts.Chart yearly = ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(),
                ChinaMarketCharts.Granularity.YEARS, FROM, TO, List.of());
        TimeChartData.Line y = yearly.data().lines().get(0);
        assertThat(y.marks()).allMatch(k -> Math.abs(k.end() - k.start() - 12) < 1e-9);
        // the years are the sources' yearly figures, not sums or averages of months
        assertThat(y.marks()).extracting(TimeChartData.Mark::value).containsExactly(15.0, 27.6, 35.7, 47.6, 54.0);
    }

    @Test
    void theMonthlyChartKeepsCpcasYearlyHistoryAsStepsWhereItHasNoMonthlyFigures() {
        ChinaMarketCharts.Chart monthly = ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(),
                ChinaMarketCharts.Granularity.MONTHS, 2018 * 12, 2026 * 12 + 6, List.of());
        // CPCA retail gives one monthly figure in 2021 (December), none in 2022, one in 2023 (December), and
        // twelve or more in 2024 and 2025: the years 2021-2023 are drawn as steps, 2024 and 2025 are not
        TimeChartData.Line steps = line(monthly, "CPCA retail, yearly");
        assertThat(steps.join()).isEqualTo(TimeChartData.Join.STEPS);
        assertThat(steps.colour()).isEqualTo(monthly.data().lines().get(0).colour());
        assertThat(steps.marks()).extracting(TimeChartData.Mark::value).containsExactly(15.0, 27.6, 35.7);
        assertThat(steps.marks()).allSatisfy(k -> assertThat(k.end() - k.start()).isCloseTo(12, within(1e-9)));
        assertThat(markAt(steps, "2022").tooltip()).contains("27.6 %");
        // the monthly line itself is unchanged and the legend names the steps
        assertThat(markAt(monthly.data().lines().get(0), "2024-07").value()).isEqualTo(51.1);
        assertThat(monthly.rows()).anySatisfy(r -> assertThat(r.period()).isEqualTo(Period.parse("2022")));
        // by year there is one line only
        assertThat(ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(), ChinaMarketCharts.Granularity.YEARS,
                2018 * 12, 2026 * 12 + 6, List.of()).data().lines()).hasSize(1);
    }

    @Test
    void yearsCaamGivesNoBrandSharesForAreSaidSoWithTheOtherBodiesFiguresByName() {
        ChinaMarketCharts.Chart c = ChinaMarketCharts.brandShares(D, "CAAM", ChinaMarketCharts.ShareSpan.FULL_YEARS,
                2018 * 12, 2025 * 12 + 11, List.of());
        // CAAM's full-year brand shares cover 2019, 2021, 2024 and 2025; 2018, 2020, 2022 and 2023 are gaps
        assertThat(c.data().bars()).extracting(b -> (int) (b.start() / 12)).containsExactly(2019, 2021, 2024, 2025);
        assertThat(c.data().gaps()).extracting(g -> (int) (g.start() / 12)).containsExactly(2018, 2020, 2022, 2023);
        assertThat(c.data().gaps()).allSatisfy(g -> assertThat(g.text().get(0)).isEqualTo("no figure from CAAM"));
        TimeChartData.Gap y2018 = c.data().gaps().get(0);
        assertThat(y2018.others()).isEmpty();
        assertThat(y2018.tooltip()).contains("No other body in the data gives them for 2018");
        // 2022: Automobility's foreign brands and KAMA's Korean brands; 2023: Automobility and CPCA
        TimeChartData.Gap y2022 = c.data().gaps().get(2);
        assertThat(y2022.others()).containsExactly("Automobility", "KAMA");
        assertThat(y2022.tooltip()).contains("Automobility: Foreign brands").contains("KAMA: Korean brands")
                .contains("not comparable with CAAM's");
        assertThat(c.data().gaps().get(3).others()).containsExactly("Automobility", "CPCA");
        // never stacked into CAAM's bars
        assertThat(c.rows()).noneSatisfy(r -> assertThat(r.period()).isEqualTo(Period.parse("2022")));
    }

    @Test
    void cpcaAndCaamAreTwoLinesAndTheComparisonsAreDashed() {
        ChinaMarketCharts.Chart c = ChinaMarketCharts.penetration(D, List.of(CPCA, "penetration-china-nev-caam"),
                ChinaMarketCharts.defaultComparisons(D), ChinaMarketCharts.Granularity.YEARS, FROM, TO, List.of());
        assertThat(c.data().lines()).extracting(TimeChartData.Line::name)
                .contains("CPCA retail", "CAAM wholesale");
        assertThat(markAt(line(c, "CAAM"), "2024").value()).isEqualTo(40.9);
        TimeChartData.Line eu = line(c, "EU-27 BEV (Eurostat)");
        assertThat(eu.dashed()).isTrue();
        assertThat(markAt(eu, "2024").value()).isEqualTo(13.6);
        assertThat(c.data().rules()).extracting(TimeChartData.Rule::value).containsExactly(50.0);
    }

    @Test
    void caamsBrandSharesAddUpOnlyWhereTheyMust() {
        ChinaMarketCharts.Chart years = ChinaMarketCharts.brandShares(D, "CAAM", ChinaMarketCharts.ShareSpan.FULL_YEARS,
                FROM, TO, List.of());
        // 2019: foreign brands 60.8 % (CAAM); Chinese brands computed, 100 − 60.8 = 39.2
        TimeChartData.Bar y2019 = bar(years, "2019");
        assertThat(y2019.segments()).extracting(TimeChartData.Segment::value).containsExactlyInAnyOrder(39.2, 60.8);
        assertThat(y2019.segments().stream().filter(TimeChartData.Segment::computed)).extracting(TimeChartData.Segment::value)
                .containsExactly(39.2);
        // 2024: both given, 65.2 + 34.8 = 100, nothing computed
        TimeChartData.Bar y2024 = bar(years, "2024");
        assertThat(y2024.segments()).noneMatch(TimeChartData.Segment::computed);
        assertThat(y2024.total()).isCloseTo(100, within(1e-9));
        // Jan–Aug 2022: German 20.2, Japanese 19.5, US 9.2, Korean 1.6, French 0.8; the rest, 48.7, not broken down
        ChinaMarketCharts.Chart parts = ChinaMarketCharts.brandShares(D, "CAAM", ChinaMarketCharts.ShareSpan.PART_YEARS,
                FROM, TO, List.of());
        TimeChartData.Bar jan2022 = bar(parts, "2022-01/2022-08");
        assertThat(jan2022.segments()).extracting(TimeChartData.Segment::value)
                .containsExactly(20.2, 19.5, 9.2, 1.6, 0.8, 48.7);
        assertThat(jan2022.segments().get(5).computed()).isTrue();
    }

    @Test
    void automobilitysProjectionIsNotABar() {
        ChinaMarketCharts.Chart c = ChinaMarketCharts.brandShares(D, "Automobility",
                ChinaMarketCharts.ShareSpan.FULL_YEARS, FROM, TO, List.of());
        assertThat(c.data().bars()).noneMatch(b -> Math.abs(b.start() - Period.parse("2024").start()) < 1e-9);
        TimeChartData.Mark projected = markAt(c.data().lines().get(0), "2024");
        assertThat(projected.style().forward()).isTrue();
        assertThat(projected.tooltip()).contains("about 36 %").contains("projection");
    }

    @Test
    void bydAndTeslaShareTheNevMarketSideBySide() {
        ChinaMarketCharts.Chart c = ChinaMarketCharts.nevMarketShares(D, ChinaMarketCharts.ShareSpan.FULL_YEARS, FROM, TO,
                List.of());
        List<TimeChartData.Bar> y2024 = c.data().bars().stream()
                .filter(b -> Math.abs(b.start() - Period.parse("2024").start()) < 1e-9).toList();
        assertThat(y2024).extracting(b -> b.segments().get(0).value()).containsExactlyInAnyOrder(34.1, 6.0);
        assertThat(y2024).allMatch(b -> b.slots() == 2);
    }

    @Test
    void bmwsAlliancesAreEventsAtTheirDates() {
        List<TimeChartData.Event> events = ChinaMarketCharts.alliances(D, "bmw");
        TimeChartData.Event alibaba = events.stream().filter(e -> e.id().equals("bmw-alibaba-qwen-cockpit")).findFirst()
                .orElseThrow();
        assertThat(alibaba.at()).isCloseTo(Period.parse("2025-03-26").start(), within(1e-9));
        assertThat(alibaba.label()).isEqualTo("Alibaba");
        assertThat(alibaba.tooltip()).contains("2025-03-26").contains("LLM cockpit");
        TimeChartData.Event momenta = events.stream().filter(e -> e.id().equals("bmw-momenta-adas-china")).findFirst()
                .orElseThrow();
        assertThat(momenta.at()).isCloseTo(Period.parse("2025-07-15").start(), within(1e-9));
        assertThat(momenta.label()).isEqualTo("Momenta");
    }

    @Test
    void bmwsTimeAxisInChinaCarriesItsMilestonesBesideItsAlliances() {
        List<TimeChartData.Event> events = ChinaMarketCharts.companyEvents(D, "bmw");
        assertThat(events).extracting(TimeChartData.Event::id)
                .contains("bmw-alibaba-qwen-cockpit", "bmw-nk-shenyang-pre-series", "bmw-ix3-lwb-beijing-unveil");
        assertThat(events).filteredOn(e -> e.id().equals("bmw-nk-shenyang-pre-series")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(TimeChartData.EventKind.MILESTONE));
        assertThat(events).isSortedAccordingTo(java.util.Comparator.comparingDouble(TimeChartData.Event::at));
        assertThat(ChinaMarketCharts.companyEvents(D, "byd")).extracting(TimeChartData.Event::id)
                .contains("byd-gods-eye-standard-launch");
    }

    static TimeChartData.Bar bar(ChinaMarketCharts.Chart c, String period) {
        Period p = Period.parse(period);
        return c.data().bars().stream().filter(b -> Math.abs(b.start() - p.start()) < 1e-9
                && Math.abs(b.end() - p.end()) < 1e-9).findFirst().orElseThrow(() -> new AssertionError("no bar " + period));
    }

    @Test
    void foreignBrandsShareIsCaamsOwnFigureElseOneHundredMinusChineseBrands() {
        List<ChinaMarketCharts.Value> caam = ChinaMarketCharts.foreignShare(D, "CAAM");
        assertThat(caam).extracting(v -> v.period().toString(), ChinaMarketCharts.Value::value,
                ChinaMarketCharts.Value::computed).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2019", 60.8, false),
                        org.assertj.core.groups.Tuple.tuple("2024", 34.8, false),
                        // 2025: Chinese brands 69.5 % (CAAM), so foreign 100 − 69.5 = 30.5 %
                        org.assertj.core.groups.Tuple.tuple("2025", 30.5, true));
    }

    @Test
    void theOverviewsPenetrationTileIsTheLatestMonthAgainstTheSameMonthAYearBefore() {
        List<dev.evdash.model.Kpi> kpis = dev.evdash.model.OverviewModelAccess.kpis(D);
        dev.evdash.model.Kpi nev = kpis.stream().filter(k -> k.title().startsWith("China NEV share")).findFirst()
                .orElseThrow();
        // February 2026: 44.9 % (CPCA retail); February 2025: 49.5 %; 44.9 − 49.5 = −4.6 points
        assertThat(nev.value()).isEqualTo("44.9 %");
        assertThat(nev.period()).isEqualTo("Feb 2026");
        assertThat(nev.change()).isEqualTo("-4.6 points y/y");
        dev.evdash.model.Kpi foreign = kpis.stream().filter(k -> k.title().startsWith("Foreign brands")).findFirst()
                .orElseThrow();
        // 30.5 − 34.8 = −4.3 points
        assertThat(foreign.value()).isEqualTo("30.5 %");
        assertThat(foreign.change()).isEqualTo("-4.3 points on 2024");
        assertThat(foreign.provenance()).contains("computed: 100 % minus Chinese brands (69.5 %)");
    }

    @Test
    void thePlotSwitchPlotsTheChosenSourceWhereItGivesAFigure() {
        TimeChartData.Line byPriority = ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(),
                ChinaMarketCharts.Granularity.MONTHS, FROM, TO, List.of()).data().lines().get(0);
        // November 2024: Xinhua 52.3 %, Cui Dongshu 52.1 %: two final figures, a conflict
        assertThat(markAt(byPriority, "2024-11").value()).isEqualTo(52.3);
        assertThat(markAt(byPriority, "2024-11").style().conflict()).isTrue();
        TimeChartData.Line preferring = ChinaMarketCharts.penetration(D, List.of(CPCA), List.of(),
                ChinaMarketCharts.Granularity.MONTHS, FROM, TO, List.of(), "dongmingdx-cui-dongshu-nev-penetration-2024-12")
                .data().lines().get(0);
        assertThat(markAt(preferring, "2024-11").value()).isEqualTo(52.1);
        // a month the chosen source does not give keeps the priority's figure
        assertThat(markAt(preferring, "2024-07").value()).isEqualTo(51.1);
        assertThat(ChinaMarketCharts.sourceOptions(D)).extracting(dev.evdash.model.SourceOption::sourceId)
                .contains("dongmingdx-cui-dongshu-nev-penetration-2024-12");
    }
}
