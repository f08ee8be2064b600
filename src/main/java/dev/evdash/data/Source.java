package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * Where figures come from. {@code published}, {@code licence} and {@code note} are optional (null when
 * absent in the file).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        String id,
        String title,
        String publisher,
        String url,
        String published,
        SourceKind kind,
        String licence,
        String note) {

    public Optional<String> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** "IEA Global EV Data Explorer, 2025 edition (IEA, 2025)": how a source is cited under a chart. */
    public String citation() {
        return published == null ? title + " (" + publisher + ")" : title + " (" + publisher + ", " + published + ")";
    }
}
