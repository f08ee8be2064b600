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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes China's share of world electric car sales per year from the dataset's sourced figures.
 *
 * <p>A region's yearly total from one source is its BEV + PHEV figures where that source gives both,
 * otherwise its BEV+PHEV total; figures worded "more than …" are not used. For each year the world and
 * China totals come from the best-ranked source that gives both (see {@link SourceRanking}), so editions
 * and publishers are not mixed; only where no source gives both are the best of each taken. A year is
 * shown when both the world and China have a total.
 */
public final class ChinaShareTable {

    private ChinaShareTable() {}

    public static List<ChinaShareRow> compute(Dataset dataset) {
        SourceRanking ranking = new SourceRanking(dataset);
        TreeSet<Integer> years = new TreeSet<>();
        for (Series s : dataset.series()) {
            if (s.metric() == Metric.EV_SALES && (s.region() == Region.WORLD || s.region() == Region.CHINA)) {
                s.points().stream().filter(p -> p.period().isYear()).forEach(p -> years.add(p.period().year()));
            }
        }
        List<ChinaShareRow> rows = new ArrayList<>();
        for (int year : years) {
            Map<Source, RegionTotal> world = totalsBySource(dataset, ranking, Region.WORLD, year);
            Map<Source, RegionTotal> china = totalsBySource(dataset, ranking, Region.CHINA, year);
            Comparator<Source> order = ranking.sourceOrder();
            Optional<Source> common = world.keySet().stream().filter(china::containsKey).min(order);
            if (common.isPresent()) {
                rows.add(new ChinaShareRow(year, world.get(common.get()), china.get(common.get())));
            } else if (!world.isEmpty() && !china.isEmpty()) {
                rows.add(new ChinaShareRow(year, world.get(world.keySet().stream().min(order).orElseThrow()),
                        china.get(china.keySet().stream().min(order).orElseThrow())));
            }
        }
        return rows;
    }

    /** Every total a source gives for the region and year: its BEV + PHEV, else its BEV+PHEV figure. */
    static Map<Source, RegionTotal> totalsBySource(Dataset dataset, SourceRanking ranking, Region region, int year) {
        Map<Source, RegionTotal> totals = new LinkedHashMap<>();
        List<Point> phevs = exact(dataset, region, Powertrain.PHEV, year);
        for (Point bev : exact(dataset, region, Powertrain.BEV, year)) {
            phevs.stream().filter(p -> p.source().equals(bev.source())).findFirst().ifPresent(phev ->
                    totals.put(ranking.source(bev), new RegionTotal(region, year, bev.value() + phev.value(), List.of(
                            new RegionTotal.Part(Powertrain.BEV, bev, ranking.source(bev)),
                            new RegionTotal.Part(Powertrain.PHEV, phev, ranking.source(phev))))));
        }
        for (Point ev : exact(dataset, region, Powertrain.EV, year)) {
            totals.putIfAbsent(ranking.source(ev), new RegionTotal(region, year, ev.value(),
                    List.of(new RegionTotal.Part(Powertrain.EV, ev, ranking.source(ev)))));
        }
        return totals;
    }

    private static List<Point> exact(Dataset dataset, Region region, Powertrain powertrain, int year) {
        return dataset.series().stream()
                .filter(s -> s.metric() == Metric.EV_SALES && s.region() == region && s.powertrain() == powertrain)
                .flatMap(s -> s.points().stream())
                .filter(p -> p.qualifier() == null && p.period().isYear() && p.period().year() == year)
                .toList();
    }
}
