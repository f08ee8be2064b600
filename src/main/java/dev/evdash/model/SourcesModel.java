package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The Sources view's state: every source with its counts, filtered by a search text. */
public final class SourcesModel {

    private final ObservableList<SourceRow> all = FXCollections.observableArrayList();
    private final FilteredList<SourceRow> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    public SourcesModel(ObservableValue<Dataset> dataset) {
        dataset.addListener((obs, old, d) -> all.setAll(rows(d)));
        all.setAll(rows(dataset.getValue()));
        search.addListener((obs, old, text) -> shown.setPredicate(matcher(text)));
    }

    static List<SourceRow> rows(Dataset d) {
        Map<String, Integer> figures = new HashMap<>();
        Stream.concat(d.series().stream().map(Series::points), d.watchlist().stream().map(WatchMetric::points))
                .flatMap(List::stream)
                .forEach(p -> figures.merge(p.source(), 1, Integer::sum));
        Map<String, Integer> partnerships = new HashMap<>();
        d.partnerships().forEach(p -> p.sources().forEach(s -> partnerships.merge(s, 1, Integer::sum)));
        Map<String, Integer> conflicts = new HashMap<>();
        for (Conflicts.Conflict c : Conflicts.find(d)) {
            c.points().stream().map(Point::source).distinct().forEach(s -> conflicts.merge(s, 1, Integer::sum));
        }
        return d.sources().stream()
                .map(s -> new SourceRow(s, figures.getOrDefault(s.id(), 0), partnerships.getOrDefault(s.id(), 0),
                        conflicts.getOrDefault(s.id(), 0)))
                .toList();
    }

    private static java.util.function.Predicate<SourceRow> matcher(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row -> {
            Source s = row.source();
            return Stream.of(s.title(), s.publisher(), s.url(), s.id())
                    .anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle));
        };
    }

    /** The rows matching the search text. */
    public ObservableList<SourceRow> rows() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    public StringProperty searchProperty() {
        return search;
    }
}
