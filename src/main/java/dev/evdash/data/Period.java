package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2024}), half year ({@code 2024-H1}), quarter ({@code 2024-Q3}) or
 * month ({@code 2024-07}). Periods order by their start, then by length (the year before its first half).
 */
public record Period(int year, Granularity granularity, int index) implements Comparable<Period> {

    public enum Granularity {
        YEAR(1), HALF(6), QUARTER(3), MONTH(1);

        private final int monthsPerStep;

        Granularity(int monthsPerStep) {
            this.monthsPerStep = monthsPerStep;
        }
    }

    private static final Pattern FORMAT =
            Pattern.compile("((?:19|20)\\d{2})(?:-H([12])|-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (granularity) {
            case YEAR -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(granularity + " index out of range: " + index);
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, Granularity.YEAR, 1);
    }

    /** Parses the dataset's period text; throws {@link IllegalArgumentException} for anything else. */
    @JsonCreator
    public static Period parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "bad period '" + text + "': use 2024, 2024-H1, 2024-Q3 or 2024-07");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(year, Granularity.HALF, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(year, Granularity.QUARTER, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Period(year, Granularity.MONTH, Integer.parseInt(m.group(4)));
        }
        return ofYear(year);
    }

    public boolean isYear() {
        return granularity == Granularity.YEAR;
    }

    private int startMonth() {
        return (index - 1) * granularity.monthsPerStep + 1;
    }

    @Override
    public int compareTo(Period other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(startMonth(), other.startMonth());
        }
        if (c == 0) {
            c = granularity.compareTo(other.granularity);
        }
        return c;
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
        };
    }
}
