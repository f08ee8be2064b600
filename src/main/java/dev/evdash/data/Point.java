package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One figure of a series, for one period, from one source.
 *
 * @param high the upper end where the source gives a range ("110,000–115,000"); {@code value} is the lower
 * @param qualifier how the source words a figure that is not exact ("more than")
 * @param status what kind of figure it is when not a reported outturn (preliminary, projection …)
 * @param periodNote where the period is approximate or inferred, the source's words for it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"period", "value", "high", "qualifier", "status", "periodNote", "source", "excerpt", "note"})
public record Point(
        Period period,
        @JsonSerialize(using = CompactNumberSerializer.class) double value,
        @JsonSerialize(using = CompactNumberSerializer.class) Double high,
        Qualifier qualifier,
        PointStatus status,
        String periodNote,
        String source,
        String excerpt,
        String note) {

    public Point(Period period, double value, Qualifier qualifier, String source, String excerpt, String note) {
        this(period, value, null, qualifier, null, null, source, excerpt, note);
    }

    public static Point of(String period, double value, String source) {
        return new Point(Period.parse(period), value, null, source, null, null);
    }

    public Optional<Qualifier> qualified() {
        return Optional.ofNullable(qualifier);
    }

    /** A reported outturn: no status (not preliminary, estimated, projected or a target). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFinal() {
        return status == null;
    }

    /** A projection or a target: about the future, never charted as history. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isForwardLooking() {
        return status != null && status.forwardLooking();
    }

    public Point withSource(String id) {
        return new Point(period, value, high, qualifier, status, periodNote, id, excerpt, note);
    }
}
