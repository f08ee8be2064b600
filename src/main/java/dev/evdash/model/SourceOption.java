package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** An entry of a view's source switch: the dataset's priority, or one source to plot first. */
public record SourceOption(Source source) {

    public static final SourceOption PRIORITY = new SourceOption(null);

    /** The priority entry, then every source with a figure in the series a view shows, by title. */
    public static List<SourceOption> optionsFor(Dataset d, Predicate<Series> shown) {
        Set<String> used = new TreeSet<>();
        d.series().stream().filter(shown).forEach(s -> s.points().forEach(p -> used.add(p.source())));
        List<SourceOption> options = new ArrayList<>();
        options.add(PRIORITY);
        used.stream().map(d::source).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Source::title, String.CASE_INSENSITIVE_ORDER))
                .map(SourceOption::new).forEach(options::add);
        return options;
    }

    /** The source id to prefer, or null for the dataset's priority. */
    public String sourceId() {
        return source == null ? null : source.id();
    }

    @Override
    public String toString() {
        return source == null ? "Dataset priority (company reports and IEA first)"
                : source.title() + " (" + source.kind().label() + ")";
    }
}
