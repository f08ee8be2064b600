package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonSerialize;

/** One figure of a series, for one period, from one source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Point(
        Period period,
        @JsonSerialize(using = CompactNumberSerializer.class) double value,
        Qualifier qualifier,
        String source,
        String excerpt,
        String note) {

    public static Point of(String period, double value, String source) {
        return new Point(Period.parse(period), value, null, source, null, null);
    }

    public Optional<Qualifier> qualified() {
        return Optional.ofNullable(qualifier);
    }
}
