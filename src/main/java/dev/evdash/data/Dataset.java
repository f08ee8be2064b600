package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/** The whole dataset as one immutable value: what the JSON file holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "schemaVersion", "name", "updated", "sourcePriority",
    "sources", "companies", "series", "partnerships", "watchlist"})
public record Dataset(
        @JsonProperty("$schema") String schema,
        int schemaVersion,
        String name,
        String updated,
        List<String> sourcePriority,
        List<Source> sources,
        List<Company> companies,
        List<Series> series,
        List<Partnership> partnerships,
        List<WatchMetric> watchlist) {

    public static final int SCHEMA_VERSION = 1;

    /** Used when a file gives no {@code sourcePriority}: companies' own figures and the IEA before the press. */
    public static final List<String> DEFAULT_PRIORITY =
            java.util.Arrays.stream(SourceKind.values()).map(SourceKind::id).toList();

    public Dataset {
        sourcePriority = sourcePriority == null ? null : List.copyOf(sourcePriority);
        sources = copy(sources);
        companies = copy(companies);
        series = copy(series);
        partnerships = copy(partnerships);
        watchlist = copy(watchlist);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Source kinds and source ids in charting order, defaulted when the file gives none. */
    public List<String> priority() {
        return sourcePriority == null || sourcePriority.isEmpty() ? DEFAULT_PRIORITY : sourcePriority;
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Company> company(String id) {
        return companies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Series> seriesById(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }
}
