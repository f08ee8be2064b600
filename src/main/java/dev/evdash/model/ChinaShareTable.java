package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes world electric car sales split into China, Europe, the United States and the rest of the
 * world per year, and China's share of the world total, from the dataset's sourced figures.
 *
 * <p>A region's yearly total from one source is, for BEV+PHEV, its BEV + PHEV figures where that source
 * gives both, otherwise its stated BEV+PHEV total; for BEV or PHEV alone, that figure. Figures worded
 * "more than …" are not used. For each year the world and China totals come from one source: the
 * preferred one if it gives both, else the best-ranked that does (see {@link SourceRanking}), so editions
 * and publishers are not mixed; Europe and the United States come from that source too where it has
 * them. Only where no source gives both world and China are the best of each taken.
 */
public final class ChinaShareTable {

    /** Which cars count. */
    public enum Scope {
        BOTH("BEV+PHEV"), BEV("BEV"), PHEV("PHEV");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the view asks for; {@code preferredSource} may be null (the dataset's priority). */
    public record Filter(int fromYear, int toYear, Scope scope, String preferredSource) {
        public static final Filter ALL = new Filter(Integer.MIN_VALUE, Integer.MAX_VALUE, Scope.BOTH, null);
    }

    private ChinaShareTable() {}

    /** Every year, BEV+PHEV, by the dataset's priority. */
    public static List<ChinaShareRow> compute(Dataset dataset) {
        return compute(dataset, Filter.ALL);
    }

    public static List<ChinaShareRow> compute(Dataset dataset, Filter filter) {
        SourceRanking ranking = new SourceRanking(dataset);
        Comparator<Source> order = Comparator.comparing((Source s) -> !s.id().equals(filter.preferredSource()))
                .thenComparing(ranking.sourceOrder());
        List<ChinaShareRow> rows = new ArrayList<>();
        // the sales figures, found once: the totals below look them up for every year, region and powertrain
        Sales sales = Sales.of(dataset);
        for (int year : sales.years()) {
            if (year < filter.fromYear() || year > filter.toYear()) {
                continue;
            }
            Map<Source, RegionTotal> world = totalsBySource(dataset, sales, ranking, Region.WORLD, year, filter.scope());
            Map<Source, RegionTotal> china = totalsBySource(dataset, sales, ranking, Region.CHINA, year, filter.scope());
            Optional<Source> common = world.keySet().stream().filter(china::containsKey).min(order);
            RegionTotal w;
            RegionTotal c;
            if (common.isPresent()) {
                w = world.get(common.get());
                c = china.get(common.get());
            } else if (!world.isEmpty() && !china.isEmpty()) {
                w = world.get(world.keySet().stream().min(order).orElseThrow());
                c = china.get(china.keySet().stream().min(order).orElseThrow());
            } else {
                continue;
            }
            if (w.value() <= 0) {
                continue;
            }
            Source basis = w.sources().get(0);
            rows.add(new ChinaShareRow(year, w, c,
                    sameOrBest(totalsBySource(dataset, sales, ranking, Region.EUROPE, year, filter.scope()), basis, order),
                    sameOrBest(totalsBySource(dataset, sales, ranking, Region.USA, year, filter.scope()), basis, order)));
        }
        return rows;
    }

    private static Optional<RegionTotal> sameOrBest(Map<Source, RegionTotal> totals, Source basis, Comparator<Source> order) {
        if (totals.containsKey(basis)) {
            return Optional.of(totals.get(basis));
        }
        return totals.keySet().stream().min(order).map(totals::get);
    }

    /** Years with sales figures for the world or China. */
    public static List<Integer> years(Dataset dataset) {
        return Sales.of(dataset).years();
    }

    /** Every total a source gives for the region and year in the scope, from the dataset's sales series. */
    private static Map<Source, RegionTotal> totalsBySource(
            Dataset dataset, Sales sales, SourceRanking ranking, String region, int year, Scope scope) {
        Map<Source, RegionTotal> totals = new LinkedHashMap<>();
        if (scope != Scope.BOTH) {
            Powertrain pt = scope == Scope.BEV ? Powertrain.BEV : Powertrain.PHEV;
            List<Point> all = sales.all(region, pt, year);
            for (Point p : exact(all)) {
                totals.putIfAbsent(ranking.source(p), new RegionTotal(region, dataset.regionName(region), year, p.value(),
                        List.of(new RegionTotal.Part(pt, p, ranking.source(p), all))));
            }
            return totals;
        }
        List<Point> allBev = sales.all(region, Powertrain.BEV, year);
        List<Point> allPhev = sales.all(region, Powertrain.PHEV, year);
        Map<String, Point> phevBySource = new HashMap<>(); // a source's first PHEV figure, as a scan finds it
        exact(allPhev).forEach(p -> phevBySource.putIfAbsent(p.source(), p));
        for (Point bev : exact(allBev)) {
            Optional.ofNullable(phevBySource.get(bev.source())).ifPresent(phev ->
                    totals.put(ranking.source(bev), new RegionTotal(region, dataset.regionName(region), year, bev.value() + phev.value(), List.of(
                            new RegionTotal.Part(Powertrain.BEV, bev, ranking.source(bev), allBev),
                            new RegionTotal.Part(Powertrain.PHEV, phev, ranking.source(phev), allPhev)))));
        }
        List<Point> allEv = sales.all(region, Powertrain.EV, year);
        for (Point ev : exact(allEv)) {
            totals.putIfAbsent(ranking.source(ev), new RegionTotal(region, dataset.regionName(region), year, ev.value(),
                    List.of(new RegionTotal.Part(Powertrain.EV, ev, ranking.source(ev), allEv))));
        }
        return totals;
    }

    /** The yearly figures of the dataset's sales series, by region, powertrain and year. */
    private static final class Sales {
        private final Map<String, Map<Powertrain, Map<Integer, List<Point>>>> figures = new HashMap<>();

        static Sales of(Dataset dataset) {
            Sales sales = new Sales();
            for (Series s : dataset.series()) {
                if (s.metric() != Metric.EV_SALES || s.region() == null) {
                    continue;
                }
                Map<Integer, List<Point>> byYear = sales.figures.computeIfAbsent(s.region(), r -> new HashMap<>())
                        .computeIfAbsent(s.powertrain(), pt -> new HashMap<>());
                for (Point p : s.points()) {
                    if (p.period().isYear()) {
                        byYear.computeIfAbsent(p.period().year(), y -> new ArrayList<>()).add(p);
                    }
                }
            }
            return sales;
        }

        /** Years with figures for the world or China, in order. */
        List<Integer> years() {
            TreeSet<Integer> years = new TreeSet<>();
            for (String region : List.of(Region.WORLD, Region.CHINA)) {
                figures.getOrDefault(region, Map.of()).values().forEach(byYear -> years.addAll(byYear.keySet()));
            }
            return List.copyOf(years);
        }

        /** Every figure of the region, powertrain and year, worded ones included, in the dataset's order. */
        List<Point> all(String region, Powertrain powertrain, int year) {
            return List.copyOf(figures.getOrDefault(region, Map.of()).getOrDefault(powertrain, Map.of())
                    .getOrDefault(year, List.of()));
        }
    }

    private static List<Point> exact(List<Point> points) {
        return points.stream().filter(p -> p.qualifier() == null).toList();
    }
}
