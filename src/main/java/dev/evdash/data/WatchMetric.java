package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;

/** An AI-adoption metric to monitor; its history may be empty until a source gives a value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchMetric(
        String id, String name, String company, String unit, String description, Target target, List<Point> points) {

    public WatchMetric {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public Optional<Target> goal() {
        return Optional.ofNullable(target);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(@JsonSerialize(using = CompactNumberSerializer.class) double value, Period period, String source) {}
}
