package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A claim of the article against the record. A figure claim names the series and period its verdict is
 * computed from ({@code check}); a statement (a partnership, a company's figures, advice) carries its
 * verdict as data, with the reasoning and the sources it was checked against.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "claim", "topic", "verdict", "check", "record", "reasoning", "claimScope", "recordScope",
    "sources", "partnerships", "articleSource", "note"})
public record Claim(String id, String claim, Topic topic, Verdict verdict, Check check, String record,
        String reasoning, String claimScope, String recordScope, List<String> sources, List<String> partnerships,
        String articleSource, String note) {

    public enum Topic {
        @JsonProperty("figure") FIGURE("Figures"),
        @JsonProperty("partnership") PARTNERSHIP("Partnerships"),
        @JsonProperty("alibaba") ALIBABA("Alibaba's figures"),
        @JsonProperty("advice") ADVICE("Advice");

        private final String label;

        Topic(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The verdicts, in the reference's words. */
    public enum Verdict {
        @JsonProperty("holds") HOLDS("holds"),
        @JsonProperty("partly_holds") PARTLY_HOLDS("partly holds"),
        @JsonProperty("does_not_match") DOES_NOT_MATCH("does not match"),
        @JsonProperty("unconfirmed") UNCONFIRMED("unconfirmed"),
        @JsonProperty("no_source_found") NO_SOURCE_FOUND("no source found");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Where a figure claim's verdict is computed from: the article's point in a series, for one period. */
    public record Check(String series, Period period) {}

    public Claim {
        sources = sources == null ? List.of() : List.copyOf(sources);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
    }

    public Claim withCheck(Check newCheck) {
        return new Claim(id, claim, topic, verdict, newCheck, record, reasoning, claimScope, recordScope, sources,
                partnerships, articleSource, note);
    }

    public Claim withPartnerships(List<String> ids) {
        return new Claim(id, claim, topic, verdict, check, record, reasoning, claimScope, recordScope, sources, ids,
                articleSource, note);
    }
}
