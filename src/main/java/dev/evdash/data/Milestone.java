package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A dated event with a source and no value (Neue Klasse series production starts at Debrecen), shown on
 * the time axes where its company is plotted. A planned one stays planned until a source reports it done.
 *
 * @param date a day, month or year (2025-10, 2025-09-05, 2026), or a half or quarter (2026-H2)
 * @param metric the watchlist metric whose history chart it belongs to, where there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "company", "date", "title", "status", "metric", "sources", "excerpt", "note"})
public record Milestone(String id, String company, Period date, String title, Status status, String metric,
        List<String> sources, String excerpt, String note) {

    public enum Status {
        @JsonProperty("done") DONE("done"),
        @JsonProperty("planned") PLANNED("planned");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Milestone {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean planned() {
        return status == Status.PLANNED;
    }

    public Milestone withMetric(String newMetric) {
        return new Milestone(id, company, date, title, status, newMetric, sources, excerpt, note);
    }
}
