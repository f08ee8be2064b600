package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Powertrain;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** China's share computed from the bundled dataset against the IEA figures it rests on. */
class ChinaShareTableTest {

    private static List<ChinaShareRow> rows;

    @BeforeAll
    static void compute() {
        Dataset d = new DatasetReader().readBundled().dataset().orElseThrow();
        rows = ChinaShareTable.compute(d);
    }

    private static ChinaShareRow year(int y) {
        return rows.stream().filter(r -> r.year() == y).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerYearFrom2015To2025() {
        assertThat(rows).extracting(ChinaShareRow::year)
                .containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void year2024IsIea2025EditionBevPlusPhev() {
        ChinaShareRow r = year(2024);
        // IEA GEVO 2025 CSV: World BEV 11,000,000 + PHEV 6,500,000; China 6,400,000 + 4,900,000.
        assertThat(r.worldSales()).isEqualTo(17_500_000);
        assertThat(r.chinaSales()).isEqualTo(11_300_000);
        assertThat(r.restOfWorldSales()).isEqualTo(6_200_000);
        assertThat(r.chinaSharePercent()).isCloseTo(64.571, within(0.001));
        assertThat(r.world().parts()).extracting(RegionTotal.Part::powertrain)
                .containsExactly(Powertrain.BEV, Powertrain.PHEV);
        assertThat(r.sources()).extracting(s -> s.id()).containsExactly("iea-gevo-2025-csv");
    }

    @Test
    void earlyYearsMatchTheIeaFigures() {
        assertThat(year(2015).worldSales()).isEqualTo(520_000);
        assertThat(year(2015).chinaSales()).isEqualTo(211_000);
        assertThat(year(2015).chinaSharePercent()).isCloseTo(40.6, within(0.05));
        assertThat(year(2020).chinaSharePercent()).isCloseTo(38.4, within(0.05));
        assertThat(year(2023).worldSales()).isEqualTo(13_700_000);
        assertThat(year(2023).chinaSharePercent()).isCloseTo(59.1, within(0.05));
    }

    @Test
    void year2025ComesFromOneSourceForWorldAndChina() {
        ChinaShareRow r = year(2025);
        // Our World in Data "Electric cars sold" (IEA data): World 21,200,000, China 13,300,000.
        assertThat(r.worldSales()).isEqualTo(21_200_000);
        assertThat(r.chinaSales()).isEqualTo(13_300_000);
        assertThat(r.chinaSharePercent()).isCloseTo(62.74, within(0.01));
        assertThat(r.sources()).hasSize(1);
        assertThat(r.sources().get(0).id()).isEqualTo("owid-electric-cars-sold");
    }

    @Test
    void tooltipsNameValueUnitAndSource() {
        ChinaShareRow r = year(2024);
        assertThat(r.chinaTooltip())
                .contains("China, 2024: 11,300,000 vehicles")
                .contains("BEV: 6,400,000")
                .contains("Source: IEA Global EV Data Explorer, 2025 edition")
                .contains("Share of world: 64.6 %");
        assertThat(r.restOfWorldTooltip()).contains("6,200,000 vehicles");
        assertThat(r.shareTooltip()).contains("64.6 %").contains("11,300,000 of 17,500,000 vehicles");
    }

    @Test
    void revisedIeaFiguresAreMarkedAsConflictsWithEveryFigureListed() {
        Dataset d = new DatasetReader().readBundled().dataset().orElseThrow();
        var bars = ChinaShareModel.bars(ChinaShareTable.compute(d), ChinaShareModel.Mode.ABSOLUTE, new SourceRanking(d));
        int y2023 = bars.categories().indexOf("2023");
        var rest = bars.bars().get(y2023).segments().get(3);
        // World PHEV 2023: 4,200,000 in the IEA's 2025 edition, 4,300,000 in its 2024 edition.
        assertThat(rest.conflict()).isTrue();
        assertThat(rest.tooltip()).contains("Sources disagree on World PHEV, 2023")
                .contains("4,200,000 — IEA Global EV Data Explorer, 2025 edition").contains("(charted)")
                .contains("4,300,000 — IEA Global EV Data Explorer, 2024 edition");
    }
}
