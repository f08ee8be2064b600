package dev.evdash.model;

import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import java.util.List;

/**
 * A figure from the press or the commentary article set against the record for the same series and
 * period: a company's own report, the IEA, or a share computed from the IEA's figures.
 *
 * @param record the record value
 * @param recordSources where the record comes from
 * @param recordScope what the record covers
 * @param claimScope what the claim covers, as far as its source says
 */
public record ClaimCheck(Series series, Point claim, Source claimSource, double record, List<Source> recordSources,
        String recordScope, String claimScope, Verdict verdict) {

    /** How the claim fares against the record. */
    public enum Verdict {
        MATCHES("matches"),
        HOLDS("holds"),
        CLOSE("within 1 %"),
        DOES_NOT_MATCH("does not match");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public ClaimCheck {
        recordSources = List.copyOf(recordSources);
    }

    public double difference() {
        return claim.value() - record;
    }

    public double differencePercent() {
        return record == 0 ? Double.NaN : 100 * difference() / record;
    }

    /** The claim as worded, without the unit for vehicle counts: "183,000", "more than 50 %". */
    public String claimText() {
        return Formats.value(claim, series.unit()).replace(" vehicles", "");
    }

    /** The record in the series' unit: "426,594" or "64.6 %". */
    public String recordText() {
        return series.unit() == dev.evdash.data.Unit.PERCENT ? Formats.percent(record) : Formats.count(record);
    }

    /** The claim minus the record: "-243,594" or "-14.6 points". */
    public String differenceText() {
        return series.unit() == dev.evdash.data.Unit.PERCENT
                ? String.format(java.util.Locale.US, "%+.1f points", difference())
                : String.format(java.util.Locale.US, "%+,.0f", difference());
    }

    public boolean fromArticle() {
        return claimSource.kind() == dev.evdash.data.SourceKind.ARTICLE;
    }
}
