package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes China's share of world electric car sales per year from the dataset's sourced figures.
 *
 * <p>A region's yearly total is BEV + PHEV from the best-ranked source that gives both (see
 * {@link SourceRanking}; editions are never mixed), otherwise the best-ranked BEV+PHEV total. A year is shown when both
 * the world and China have a total. Figures worded "more than …" are not summed.
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
            Optional<RegionTotal> world = total(dataset, ranking, Region.WORLD, year);
            Optional<RegionTotal> china = total(dataset, ranking, Region.CHINA, year);
            if (world.isPresent() && china.isPresent() && world.get().value() > 0) {
                rows.add(new ChinaShareRow(year, world.get(), china.get()));
            }
        }
        return rows;
    }

    static Optional<RegionTotal> total(Dataset dataset, SourceRanking ranking, Region region, int year) {
        List<Point> bevs = candidates(dataset, region, Powertrain.BEV, year).stream()
                .filter(p -> p.qualifier() == null).sorted(ranking.order()).toList();
        List<Point> phevs = candidates(dataset, region, Powertrain.PHEV, year);
        for (Point bev : bevs) {
            Optional<Point> phev = phevs.stream()
                    .filter(p -> p.qualifier() == null && p.source().equals(bev.source())).findFirst();
            if (phev.isPresent()) {
                return Optional.of(new RegionTotal(region, year, bev.value() + phev.get().value(), List.of(
                        new RegionTotal.Part(Powertrain.BEV, bev, ranking.source(bev)),
                        new RegionTotal.Part(Powertrain.PHEV, phev.get(), ranking.source(phev.get())))));
            }
        }
        return ranking.bestExact(candidates(dataset, region, Powertrain.EV, year)).map(ev -> new RegionTotal(
                region, year, ev.value(), List.of(new RegionTotal.Part(Powertrain.EV, ev, ranking.source(ev)))));
    }

    private static List<Point> candidates(Dataset dataset, Region region, Powertrain powertrain, int year) {
        return dataset.series().stream()
                .filter(s -> s.metric() == Metric.EV_SALES && s.region() == region && s.powertrain() == powertrain)
                .flatMap(s -> s.points().stream())
                .filter(p -> p.period().isYear() && p.period().year() == year)
                .toList();
    }
}
