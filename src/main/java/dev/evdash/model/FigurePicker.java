package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the figure to chart for a series and period: the preferred source's exact figure where it gives
 * one (a view's Plot switch), else a reported outturn before a preliminary figure or estimate, then the
 * best-ranked exact figure by the dataset's priority. Projections and targets are never charted as history.
 */
public final class FigurePicker {

    private final SourceRanking ranking;
    private final String preferredSource;

    /** {@code preferredSource} may be null: then the dataset's priority alone decides. */
    public FigurePicker(Dataset dataset, String preferredSource) {
        this.ranking = new SourceRanking(dataset);
        this.preferredSource = preferredSource;
    }

    public SourceRanking ranking() {
        return ranking;
    }

    public Optional<Figure> pick(Series series, Period period) {
        List<Point> all = series.points().stream().filter(p -> p.period().equals(period)).toList();
        Comparator<Point> order = Comparator.comparing((Point p) -> !p.source().equals(preferredSource))
                .thenComparing(p -> !p.isFinal())
                .thenComparing(ranking.order());
        Optional<Point> chosen = all.stream().filter(p -> p.qualifier() == null && !p.isForwardLooking()).min(order);
        return chosen.map(p -> {
            List<Point> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing((Point q) -> q != p).thenComparing(ranking.order()));
            return new Figure(series, p, ranking.source(p), sorted, Conflicts.disagree(all), Conflicts.revised(all));
        });
    }
}
