package dev.evdash.data.iea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Metric;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.ReadResult;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IeaImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final IeaImport.Options ALL_REGIONS = new IeaImport.Options(Set.of(), OptionalInt.empty(), TODAY);
    static final Dataset EMPTY = new Dataset(null, Dataset.SCHEMA_VERSION, "Test", "2026-01-01", null, List.of(),
            List.of(), List.of(), List.of(), List.of());
    static final DatasetCodec CODEC = new DatasetCodec();
    static final DatasetReader READER = new DatasetReader();

    static Path edition2024() throws URISyntaxException {
        return Path.of(IeaImportTest.class.getResource("IEA Global EV Data 2024.csv").toURI());
    }

    static IeaCsv.Table table2024() throws Exception {
        return IeaCsv.read(edition2024(), null);
    }

    static double value(Dataset d, Metric metric, String region, Powertrain pt, int year, String source) {
        Series s = d.series().stream()
                .filter(x -> x.metric() == metric && region.equals(x.region()) && x.powertrain() == pt).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + metric + " " + region + " " + pt));
        return s.points().stream().filter(p -> p.period().equals(Period.ofYear(year)) && p.source().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError("no " + year + " point from " + source + " in " + s.id()))
                .value();
    }

    static Dataset valid(Dataset d) {
        ReadResult r = READER.read("merged", CODEC.write(d).getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        return r.dataset().orElseThrow();
    }

    @Test
    void theReal2024EditionYieldsTheWorldAndChinaSeries() throws Exception {
        IeaCsv.Table table = table2024();
        assertThat(table.rows()).hasSize(12_654);
        assertThat(table.layout()).startsWith("2024 layout");
        IeaImport.Result r = IeaImport.merge(EMPTY, table, ALL_REGIONS);
        Dataset d = valid(r.dataset());
        String src = "iea-gevo-2024-csv";
        assertThat(r.report().edition()).isEqualTo(2024);
        assertThat(r.report().editionFrom()).isEqualTo("from the file name");
        assertThat(r.report().kept()).isEqualTo(360);
        assertThat(r.report().added()).isEqualTo(360);
        assertThat(r.report().problems()).isEmpty();

        assertThat(value(d, Metric.EV_SALES, Region.WORLD, Powertrain.BEV, 2023, src)).isEqualTo(9_500_000);
        assertThat(value(d, Metric.EV_SALES, Region.WORLD, Powertrain.PHEV, 2023, src)).isEqualTo(4_300_000);
        assertThat(value(d, Metric.EV_SALES, Region.WORLD, Powertrain.BEV, 2010, src)).isEqualTo(7_000);
        assertThat(value(d, Metric.EV_SALES, Region.CHINA, Powertrain.BEV, 2023, src)).isEqualTo(5_400_000);
        assertThat(value(d, Metric.EV_SALES, Region.CHINA, Powertrain.PHEV, 2023, src)).isEqualTo(2_700_000);
        assertThat(value(d, Metric.EV_SALES_SHARE, Region.WORLD, Powertrain.EV, 2023, src)).isEqualTo(18);
        assertThat(value(d, Metric.EV_SALES_SHARE, Region.CHINA, Powertrain.EV, 2023, src)).isEqualTo(38);
        // 2.400000095 in the file: float noise, kept as the 2.4 the IEA means
        assertThat(value(d, Metric.EV_SALES_SHARE, Region.CHINA, Powertrain.EV, 2017, src)).isEqualTo(2.4);
        assertThat(value(d, Metric.EV_STOCK, Region.WORLD, Powertrain.BEV, 2023, src)).isEqualTo(28_000_000);
        assertThat(value(d, Metric.EV_STOCK, Region.CHINA, Powertrain.PHEV, 2023, src)).isEqualTo(5_800_000);

        Series worldBev = d.seriesById("ev-sales-world-bev").orElseThrow();
        assertThat(worldBev.points()).extracting(p -> p.period().year())
                .containsExactly(2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(worldBev.points().get(13).excerpt()).isEqualTo("World,Historical,EV sales,Cars,BEV,2023,Vehicles,9500000");
        assertThat(d.source(src).orElseThrow().citation())
                .isEqualTo("IEA Global EV Data Explorer, 2024 edition (CSV `IEA Global EV Data 2024.csv`) (IEA, 2024)");
        assertThat(d.source(src).orElseThrow().licence()).isEqualTo("CC BY 4.0");
        assertThat(d.updated()).isEqualTo("2026-11-26");
        assertThat(d.series()).extracting(Series::id).contains("ev-stock-china-bev", "ev-sales-usa-fcev",
                "ev-sales-share-europe");
    }

    @Test
    void importingTheSameFileAgainChangesNotOneByte() throws Exception {
        IeaCsv.Table table = table2024();
        Dataset once = IeaImport.merge(EMPTY, table, ALL_REGIONS).dataset();
        IeaImport.Result twice = IeaImport.merge(once, table, new IeaImport.Options(Set.of(), OptionalInt.empty(),
                TODAY.plusDays(3)));
        assertThat(twice.report().changed()).isFalse();
        assertThat(twice.report().added()).isZero();
        assertThat(twice.report().unchanged()).isEqualTo(360);
        assertThat(CODEC.write(twice.dataset())).isEqualTo(CODEC.write(once));
    }

    @Test
    void intoTheBundledDataItKeepsBothEditionsWhereTheIeaRevisedAFigure() throws Exception {
        Dataset bundled = READER.readBundled().dataset().orElseThrow();
        // The bundled data holds the 2024 edition's figures only where the 2025 edition revised them. Take them
        // out, import the 2024 file, and the import must put back exactly those, beside the 2025 figures.
        List<Series> without = new ArrayList<>();
        Map<String, List<Point>> expected = new java.util.HashMap<>();
        for (Series s : bundled.series()) {
            List<Point> keep = s.points().stream().filter(p -> !p.source().equals("iea-gevo-2024-csv")).toList();
            List<Point> gone = s.points().stream().filter(p -> p.source().equals("iea-gevo-2024-csv")).toList();
            if (!gone.isEmpty()) {
                expected.put(s.id(), gone);
            }
            without.add(s.withPoints(keep));
        }
        assertThat(expected).isNotEmpty();
        Dataset stripped = bundled.withSeries(without);

        IeaImport.Result r = IeaImport.merge(stripped, table2024(), ALL_REGIONS);
        Dataset d = valid(r.dataset());
        assertThat(r.report().sourceAdded()).as("the bundled data already names the 2024 edition").isFalse();
        assertThat(r.report().revisions()).isGreaterThanOrEqualTo(expected.values().stream().mapToInt(List::size).sum());
        // the example: World 2023 PHEV car sales, 4.3 million in the 2024 edition, 4.2 million in the 2025
        assertThat(value(d, Metric.EV_SALES, Region.WORLD, Powertrain.PHEV, 2023, "iea-gevo-2024-csv")).isEqualTo(4_300_000);
        assertThat(value(d, Metric.EV_SALES, Region.WORLD, Powertrain.PHEV, 2023, "iea-gevo-2025-csv")).isEqualTo(4_200_000);
        for (Map.Entry<String, List<Point>> e : expected.entrySet()) {
            Series s = d.seriesById(e.getKey()).orElseThrow();
            for (Point p : e.getValue()) {
                assertThat(s.points()).as(e.getKey() + " " + p.period())
                        .anyMatch(q -> q.period().equals(p.period()) && q.source().equals("iea-gevo-2024-csv")
                                && q.value() == p.value());
            }
        }
        // where both editions agree, nothing is added: World BEV 2023 is 9.5 million in both
        assertThat(d.seriesById("ev-sales-world-bev").orElseThrow().points())
                .filteredOn(p -> p.period().equals(Period.ofYear(2023))).hasSize(1);
    }

    /** The same figures as rows of the 2025 layout: renamed first column, a last column, sorted by value. */
    static String as2025Layout(List<IeaCsv.Row> rows) {
        StringBuilder b = new StringBuilder("region_country,category,parameter,mode,powertrain,year,unit,value,Aggregate group\n");
        b.append("World,Historical,Battery demand,Cars,EV,2023,GWh,750,_World\n");
        b.append("China,Historical,EV sales,2 and 3 wheelers,BEV,2023,Vehicles,7000000,Other\n");
        rows.stream().sorted(Comparator.comparingDouble((IeaCsv.Row r) -> Double.parseDouble(r.value())).reversed())
                .forEach(r -> b.append(String.join(",", r.region(), r.category(), r.parameter(), r.mode(), r.powertrain(),
                        r.year(), r.unit(), r.value(), r.region().equals("World") ? "_World" : "Other")).append('\n'));
        return b.toString();
    }

    @Test
    void aFileInThe2025LayoutImportsTheSameFigures() throws Exception {
        List<IeaCsv.Row> chinaAndWorld = table2024().rows().stream()
                .filter(r -> (r.region().equals("World") || r.region().equals("China")) && r.mode().equals("Cars")
                        && r.category().equals("Historical"))
                .toList();
        IeaCsv.Table t2025 = IeaCsv.read(new StringReader(as2025Layout(chinaAndWorld)), "EVDataExplorer2025.csv", null);
        assertThat(t2025.layout()).startsWith("2025 layout");
        IeaImport.Options worldAndChina = new IeaImport.Options(Set.of("World", "China"),
                OptionalInt.empty(), TODAY);
        Dataset from2025 = valid(IeaImport.merge(EMPTY, t2025, worldAndChina).dataset());
        Dataset from2024 = valid(IeaImport.merge(EMPTY, table2024(), worldAndChina).dataset());
        assertThat(from2025.source("iea-gevo-2025-csv")).isPresent();
        assertThat(figures(from2025)).isEqualTo(figures(from2024)).hasSize(174);
        assertThat(value(from2025, Metric.EV_SALES, Region.CHINA, Powertrain.BEV, 2023, "iea-gevo-2025-csv"))
                .isEqualTo(5_400_000);
    }

    /** Every figure as "series period value", sources left out. */
    static Set<String> figures(Dataset d) {
        return d.series().stream().flatMap(s -> s.points().stream().map(p -> s.id() + " " + p.period() + " " + p.value()))
                .collect(Collectors.toSet());
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsRefusedNamingThem() {
        String csv = "region,category,parameter,mode,powertrain,year,amount\nWorld,Historical,EV sales,Cars,BEV,2023,9500000\n";
        assertThatThrownBy(() -> IeaCsv.read(new StringReader(csv), "evs.csv", null))
                .isInstanceOf(IeaCsv.LayoutException.class)
                .hasMessage("evs.csv: not an IEA Global EV Data Explorer CSV: line 1 lacks the columns 'unit', 'value'"
                        + " (it has 'region', 'category', 'parameter', 'mode', 'powertrain', 'year', 'amount')");
        assertThatThrownBy(() -> IeaCsv.read(new StringReader(""), "empty.csv", null))
                .isInstanceOf(IeaCsv.LayoutException.class).hasMessageContaining("empty.csv: the file is empty");
    }

    @Test
    void rowsItCannotReadAreReportedWithTheirLine() throws IOException {
        String csv = """
                region,category,parameter,mode,powertrain,year,unit,value
                World,Historical,EV sales,Cars,BEV,2023,Vehicles,9500000
                World,Historical,EV sales,Cars,PHEV,2023,Vehicles,n/a
                World,Historical,EV sales
                China,Historical,EV sales,Cars,BEV,2023,percent,5400000
                "World",Historical,"EV sales",Cars,BEV,2022,Vehicles,"7300000"
                World,Historical,"Oil displacement, million lge",Cars,EV,2023,"Oil displacement, million lge",40
                World,Historical,EV sales,Cars,BEV,2023,Vehicles,9400000
                """;
        IeaCsv.Table t = IeaCsv.read(new StringReader(csv), "ev-2024.csv", null);
        IeaImport.Result r = IeaImport.merge(EMPTY, t, ALL_REGIONS);
        assertThat(r.report().problems()).containsExactly(
                "line 4: 3 fields, the header has 8",
                "line 3: value 'n/a' is not a number",
                "line 5: unit 'percent', expected 'vehicles' for EV sales",
                "line 8: a second figure for World EV sales BEV 2023 (9400000; line 2 gives 9500000); the first is kept");
        Dataset d = valid(r.dataset());
        assertThat(d.seriesById("ev-sales-world-bev").orElseThrow().points()).extracting(Point::value)
                .containsExactly(7_300_000.0, 9_500_000.0);
        assertThat(r.report().summary()).contains("2 figures added").contains("4 rows not read");
    }

    @Test
    void regionsAndEditionCanBeChosen() throws Exception {
        IeaImport.Result r = IeaImport.merge(EMPTY, table2024(),
                new IeaImport.Options(IeaImport.parseRegions("china"), OptionalInt.of(2030), TODAY));
        assertThat(r.dataset().series()).allMatch(s -> Region.CHINA.equals(s.region()));
        assertThat(r.report().sourceId()).isEqualTo("iea-gevo-2030-csv");
        assertThat(IeaImport.parseRegions("World, USA")).containsExactly("World", "USA");
        assertThatThrownBy(() -> IeaImport.parseRegions(" , "))
                .hasMessageStartingWith("no region given");

        IeaCsv.Table unnamed = IeaCsv.read(new StringReader(
                "region,category,parameter,mode,powertrain,year,unit,value\nWorld,Historical,EV sales,Cars,BEV,2023,Vehicles,9500000\n"),
                "export.csv", null);
        IeaImport.Report guessed = IeaImport.merge(EMPTY, unnamed, ALL_REGIONS).report();
        assertThat(guessed.edition()).isEqualTo(2024);
        assertThat(guessed.editionFrom()).isEqualTo("the year after its last historical year");
    }

    @Test
    void aRegionTheDatasetDidNotKnowIsAddedAsDataWithItsFigures() throws Exception {
        Dataset bundled = READER.readBundled().dataset().orElseThrow();
        assertThat(bundled.region("norway")).isEmpty();
        IeaImport.Result r = IeaImport.merge(bundled, table2024(),
                new IeaImport.Options(IeaImport.parseRegions("Norway, narnia"), OptionalInt.empty(), TODAY));
        Dataset d = valid(r.dataset());
        assertThat(d.region("norway")).hasValueSatisfying(n -> {
            assertThat(n.name()).isEqualTo("Norway");
            assertThat(n.iea()).isEqualTo("Norway");
        });
        assertThat(value(d, Metric.EV_SALES, "norway", Powertrain.BEV, 2023, "iea-gevo-2024-csv")).isEqualTo(100_000);
        assertThat(d.seriesById("ev-sales-norway-bev")).hasValueSatisfying(s ->
                assertThat(s.name()).isEqualTo("Electric car sales, Norway, BEV"));
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p).contains("region 'narnia' is not in"));
        // the new region is saved with the data and read back
        Dataset back = CODEC.read(CODEC.write(d));
        assertThat(back.region("norway")).isPresent();
        assertThat(back.regions()).hasSize(bundled.regions().size() + 1);
    }
}
