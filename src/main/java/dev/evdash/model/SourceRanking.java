package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Point;
import dev.evdash.data.Source;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders figures by the dataset's source priority (source ids and kinds; by default company reports and
 * the IEA before the press), then the newer publication, then the source id, so that the choice is the
 * same on every run.
 */
public final class SourceRanking {

    private final Map<String, Source> sources;
    private final Comparator<Source> sourceOrder;
    private final Comparator<Point> order;

    public SourceRanking(Dataset dataset) {
        sources = dataset.sourcesById(); // the order below looks up two sources for every comparison
        List<String> priority = dataset.priority();
        Comparator<Source> byPriority = Comparator.comparingInt(s -> rank(priority, s));
        Comparator<Source> byDate = Comparator.comparing((Source s) -> s.publishedDate().orElse(""));
        sourceOrder = byPriority.thenComparing(byDate.reversed()).thenComparing(Source::id);
        order = Comparator.comparing(this::source, sourceOrder);
    }

    /** A source's place in the priority list: where its id is listed, else where its kind is, else last. */
    private static int rank(List<String> priority, Source s) {
        int byId = priority.indexOf(s.id());
        int byKind = priority.indexOf(s.kind().id());
        int last = priority.size();
        return Math.min(byId < 0 ? last : byId, byKind < 0 ? last : byKind);
    }

    public Source source(Point p) {
        Source s = sources.get(p.source());
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + p.source());
        }
        return s;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Best source first. */
    public Comparator<Source> sourceOrder() {
        return sourceOrder;
    }

    /** Best figure first. */
    public Comparator<Point> order() {
        return order;
    }

    /**
     * The figure to chart among {@code candidates}: the best-ranked exact one (qualified wording is skipped),
     * a reported outturn before a preliminary figure or estimate, never a projection or target.
     */
    public Optional<Point> bestExact(List<Point> candidates) {
        return candidates.stream().filter(p -> p.qualifier() == null && !p.isForwardLooking())
                .min(Comparator.comparing((Point p) -> !p.isFinal()).thenComparing(order));
    }
}
