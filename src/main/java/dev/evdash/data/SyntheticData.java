package dev.evdash.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up datasets of a chosen size, for benchmarks only: every figure names a source that says it is
 * synthetic. Seeded, so the same arguments give the same dataset.
 */
public final class SyntheticData {

    public static final String SOURCE_ID = "synthetic";

    private SyntheticData() {}

    /**
     * An alliance network of {@code companies} companies with about {@code perCompany} partnerships
     * each, grouped loosely in clusters as real alliances are (an automaker and its suppliers).
     */
    public static Dataset alliances(int companies, int perCompany, long seed) {
        Random random = new Random(seed);
        Source source = source();
        CompanyKind[] kinds = CompanyKind.values();
        String[] countries = {"China", "China", "Germany", "Japan", "United States", "France"};
        Area[] areas = Area.values();
        List<Company> cs = new ArrayList<>();
        for (int c = 0; c < companies; c++) {
            cs.add(new Company("c" + c, "Company " + c, null, kinds[random.nextInt(kinds.length)],
                    countries[random.nextInt(countries.length)]));
        }
        // Company i belongs to cluster i % clusters; four partnerships in five stay inside a cluster.
        int clusters = Math.max(1, companies / 25);
        int perCluster = Math.max(1, companies / clusters);
        List<Partnership> ps = new ArrayList<>();
        int wanted = companies * perCompany;
        while (ps.size() < wanted && companies > 1) {
            int a = random.nextInt(companies);
            int b = random.nextDouble() < 0.8
                    ? Math.min(companies - 1, random.nextInt(perCluster) * clusters + a % clusters)
                    : random.nextInt(companies);
            if (a == b) {
                continue;
            }
            ps.add(new Partnership("p" + ps.size(), List.of("c" + a, "c" + b),
                    List.of(areas[random.nextInt(areas.length)]), Integer.toString(2015 + random.nextInt(11)),
                    PartnershipStatus.ANNOUNCED, "Synthetic partnership.", List.of(SOURCE_ID), null));
        }
        return new Dataset(null, Dataset.SCHEMA_VERSION, "synthetic alliances", null, null, List.of(source), cs,
                List.of(), ps, List.of());
    }

    private static Source source() {
        return new Source(SOURCE_ID, "Synthetic benchmark data (not real figures)", "EVDash",
                "https://example.org/synthetic", null, SourceKind.PRESS, null, "Generated for benchmarks.");
    }

    /** {@code companies} automakers with BEV and PHEV deliveries for {@code quarters} quarters ending 2025-Q4. */
    public static Dataset deliveries(int companies, int quarters, long seed) {
        Random random = new Random(seed);
        Source source = source();
        List<Company> cs = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        int firstYear = 2025 - (quarters - 1) / 4;
        int firstQuarter = 4 - (quarters - 1) % 4;
        for (int c = 0; c < companies; c++) {
            String id = "oem-" + c;
            cs.add(new Company(id, "Automaker " + (c + 1), null, CompanyKind.AUTOMAKER, "Nowhere"));
            double base = 5_000 + random.nextInt(200_000);
            List<Point> bev = new ArrayList<>();
            List<Point> phev = new ArrayList<>();
            for (int q = 0; q < quarters; q++) {
                int index = firstQuarter - 1 + q;
                Period p = new Period(firstYear + index / 4, Period.Granularity.QUARTER, index % 4 + 1);
                double growth = Math.pow(1.05, q);
                bev.add(new Point(p, Math.round(base * growth * (0.5 + random.nextDouble())), null, SOURCE_ID, null, null));
                phev.add(new Point(p, Math.round(base * growth * 0.6 * random.nextDouble()), null, SOURCE_ID, null, null));
            }
            series.add(new Series("deliveries-" + id + "-bev", null, Metric.DELIVERIES, null, id, null, Powertrain.BEV,
                    Unit.VEHICLES, null, bev));
            series.add(new Series("deliveries-" + id + "-phev", null, Metric.DELIVERIES, null, id, null,
                    Powertrain.PHEV, Unit.VEHICLES, null, phev));
        }
        return new Dataset(null, Dataset.SCHEMA_VERSION, "synthetic", null, null, List.of(source), cs, series,
                List.of(), List.of());
    }
}
