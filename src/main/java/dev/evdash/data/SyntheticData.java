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

    /** {@code companies} automakers with BEV and PHEV deliveries for {@code quarters} quarters ending 2025-Q4. */
    public static Dataset deliveries(int companies, int quarters, long seed) {
        Random random = new Random(seed);
        Source source = new Source(SOURCE_ID, "Synthetic benchmark data (not real figures)", "EVDash",
                "https://example.org/synthetic", null, SourceKind.PRESS, null, "Generated for benchmarks.");
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
