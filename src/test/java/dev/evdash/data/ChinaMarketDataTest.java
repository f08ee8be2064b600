package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The China market figures of the bundled dataset, against the reference rows they were read from. */
class ChinaMarketDataTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    static Series series(String id) {
        return BUNDLED.seriesById(id).orElseThrow(() -> new AssertionError("no series " + id));
    }

    static List<Point> points(String seriesId, String period) {
        return series(seriesId).points().stream().filter(p -> p.period().equals(Period.parse(period))).toList();
    }

    static Point only(String seriesId, String period) {
        List<Point> found = points(seriesId, period);
        assertThat(found).as(seriesId + " " + period).hasSize(1);
        return found.get(0);
    }

    @Test
    void cpcaRetailPenetrationIsItsOwnSeriesWithYearlyAndMonthlyFigures() {
        Series cpca = series("penetration-china-nev-cpca-retail");
        assertThat(cpca.metric()).isEqualTo(Metric.EV_SALES_SHARE);
        assertThat(cpca.region()).isEqualTo(Region.CHINA);
        assertThat(cpca.powertrain()).isEqualTo(Powertrain.NEV);
        assertThat(cpca.body()).isEqualTo("CPCA");
        assertThat(cpca.basis()).isEqualTo(Basis.RETAIL);
        assertThat(cpca.vehicles()).isEqualTo(VehicleClass.PASSENGER_CARS);
        assertThat(only("penetration-china-nev-cpca-retail", "2023").value()).isEqualTo(35.7);
        assertThat(only("penetration-china-nev-cpca-retail", "2025").value()).isEqualTo(54);
        assertThat(only("penetration-china-nev-cpca-retail", "2024-07").value()).isEqualTo(51.1);
        assertThat(only("penetration-china-nev-cpca-retail", "2024-06").value()).isEqualTo(48.4);
        assertThat(only("penetration-china-nev-cpca-retail", "2026-02").value()).isEqualTo(44.9);
        assertThat(only("penetration-china-nev-cpca-retail", "2024-07").source()).isEqualTo("indexofnews-technode-nev-penetration-2024-07");
    }

    @Test
    void caamAndCpcaAreDifferentScopesNotOneSeries() {
        Series caam = series("penetration-china-nev-caam");
        assertThat(caam.body()).isEqualTo("CAAM");
        assertThat(caam.vehicles()).isEqualTo(VehicleClass.ALL_VEHICLES);
        assertThat(caam.basis()).isEqualTo(Basis.WHOLESALE);
        assertThat(only("penetration-china-nev-caam", "2019").value()).isEqualTo(4.68);
        assertThat(only("penetration-china-nev-caam", "2024").value()).isEqualTo(40.9);
        assertThat(only("penetration-china-nev-caam", "2025").value()).isEqualTo(47.9);
        // the same year, two bodies, two levels: CPCA retail 47.6 % and CAAM 40.9 % for 2024
        assertThat(points("penetration-china-nev-cpca-retail", "2024")).extracting(Point::value).contains(47.6);
        assertThat(series("penetration-china-nev-cpca-wholesale").basis()).isEqualTo(Basis.WHOLESALE);
    }

    @Test
    void preliminaryAndFinalCpcaFiguresAreBothKept() {
        List<Point> dec2025 = points("penetration-china-nev-cpca-retail", "2025-12");
        assertThat(dec2025).extracting(Point::value, Point::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(60.4, PointStatus.PRELIMINARY),
                        org.assertj.core.groups.Tuple.tuple(59.1, null));
        assertThat(points("penetration-china-nev-cpca-retail", "2024")).extracting(Point::value, Point::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(47.9, PointStatus.PRELIMINARY),
                        org.assertj.core.groups.Tuple.tuple(47.6, null));
        // January 2026: the pre-month-end estimate (44.4 %) and the monthly figure (38.6 %)
        assertThat(points("penetration-china-nev-cpca-retail", "2026-01")).extracting(Point::value, Point::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(44.4, PointStatus.ESTIMATE),
                        org.assertj.core.groups.Tuple.tuple(38.6, null));
    }

    @Test
    void brandSharesOfEachBodyAreSeparateSeries() {
        assertThat(series("market-share-china-foreign-brands-caam").points()).extracting(p -> p.period().toString(),
                Point::value).containsExactly(org.assertj.core.groups.Tuple.tuple("2019", 60.8),
                        org.assertj.core.groups.Tuple.tuple("2024", 34.8));
        Series automobility = series("market-share-china-foreign-brands-automobility");
        assertThat(automobility.metric()).isEqualTo(Metric.MARKET_SHARE);
        assertThat(automobility.brandGroup()).isEqualTo("foreign-brands");
        assertThat(automobility.market()).isEqualTo(Region.CHINA);
        assertThat(automobility.points().stream().filter(Point::isFinal)).extracting(Point::value)
                .containsExactly(64.0, 59.0, 53.0, 44.0);
        assertThat(series("market-share-china-foreign-brands-jato").body()).isEqualTo("JATO");
        assertThat(BUNDLED.brandGroup("german-brands")).isPresent();
        assertThat(only("market-share-china-german-brands-caam", "2022-01/2022-08").value()).isEqualTo(20.2);
    }

    @Test
    void aProjectionIsKeptAsAProjectionWithItsWording() {
        Point p = only("market-share-china-foreign-brands-automobility", "2024");
        assertThat(p.value()).isEqualTo(36);
        assertThat(p.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(p.status()).isEqualTo(PointStatus.PROJECTION);
        assertThat(p.isForwardLooking()).isTrue();
    }

    @Test
    void bmwGroupsChinaDeliveriesFrom2018To2025() {
        Series china = series("deliveries-bmw-china-all");
        assertThat(china.company()).isEqualTo("bmw");
        assertThat(china.market()).isEqualTo(Region.CHINA);
        assertThat(only("deliveries-bmw-china-all", "2018").value()).isEqualTo(639_953);
        assertThat(only("deliveries-bmw-china-all", "2019").value()).isEqualTo(723_680);
        assertThat(only("deliveries-bmw-china-all", "2020").value()).isEqualTo(777_379);
        assertThat(only("deliveries-bmw-china-all", "2025").value()).isEqualTo(625_527);
        assertThat(only("deliveries-bmw-china-all", "2024-01/2024-09").value()).isEqualTo(523_638);
    }

    @Test
    void aQualifiedFigureKeepsItsQualifier() {
        Point y2021 = only("deliveries-bmw-china-all", "2021");
        assertThat(y2021.value()).isEqualTo(846_000);
        assertThat(y2021.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(y2021.excerpt()).contains("more than 846,000");
        DatasetCodec codec = new DatasetCodec();
        assertThat(codec.read(codec.write(BUNDLED)).seriesById("deliveries-bmw-china-all").orElseThrow().points())
                .anyMatch(p -> p.period().equals(Period.ofYear(2021)) && p.qualifier() == Qualifier.MORE_THAN);
    }

    @Test
    void everyNewFigureNamesASourceWithAnAddressAndAnExcerpt() {
        for (Series s : BUNDLED.series()) {
            if (s.body() == null && s.brandGroup() == null && s.metric() != Metric.MARKET_SHARE) {
                continue;
            }
            for (Point p : s.points()) {
                assertThat(BUNDLED.source(p.source())).as(s.id() + " " + p.period()).hasValueSatisfying(src ->
                        assertThat(src.url()).startsWith("http"));
                assertThat(p.excerpt()).as(s.id() + " " + p.period() + " excerpt").isNotBlank();
            }
        }
    }

    @Test
    void regionsAndBrandGroupsAreData() {
        assertThat(BUNDLED.schemaVersion()).isEqualTo(2);
        assertThat(BUNDLED.regions()).extracting(Region::id).contains("world", "china", "europe", "usa", "eu27",
                "north-america");
        assertThat(BUNDLED.regionName("eu27")).isEqualTo("EU-27");
        assertThat(BUNDLED.brandGroups()).extracting(BrandGroup::id).contains("chinese-brands", "foreign-brands",
                "german-brands", "japanese-brands", "us-brands", "korean-brands", "french-brands");
    }
}
