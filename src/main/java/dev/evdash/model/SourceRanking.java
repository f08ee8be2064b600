package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Point;
import dev.evdash.data.Source;
import dev.evdash.data.SourceKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders figures by the dataset's source priority: by source kind (company reports and the IEA before the
 * press), then the newer publication, then the source id, so that the choice is the same on every run.
 */
public final class SourceRanking {

    private final Map<String, Source> sources;
    private final Comparator<Point> order;

    public SourceRanking(Dataset dataset) {
        sources = dataset.sources().stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
        List<SourceKind> priority = dataset.priority();
        Comparator<Source> byKind = Comparator.comparingInt(s -> {
            int i = priority.indexOf(s.kind());
            return i < 0 ? priority.size() : i;
        });
        Comparator<Source> byDate = Comparator.comparing((Source s) -> s.publishedDate().orElse(""));
        Comparator<Source> sourceOrder = byKind.thenComparing(byDate.reversed()).thenComparing(Source::id);
        order = Comparator.comparing(this::source, sourceOrder);
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

    /** Best first. */
    public Comparator<Point> order() {
        return order;
    }

    /** The figure to chart among {@code candidates}: the best-ranked exact one (qualified wording is skipped). */
    public Optional<Point> bestExact(List<Point> candidates) {
        return candidates.stream().filter(p -> p.qualifier() == null).min(order);
    }
}
