package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2024}), half year ({@code 2024-H1}), quarter ({@code 2024-Q3}),
 * month ({@code 2024-07}) or a run of months within one year ({@code 2022-01/2022-08}: January to August,
 * "the first eight months"). Periods order by their start, then the longer first (the year before its
 * first half). Figures of different granularities are never added together: a view picks one.
 *
 * @param index the half, quarter or month (the first month of a run); 1 for a year
 * @param last the last month of a run; {@code index} for the other granularities
 */
public record Period(int year, Granularity granularity, int index, int last) implements Comparable<Period> {

    public enum Granularity {
        YEAR(12), HALF(6), QUARTER(3), MONTH(1), MONTHS(1);

        private final int monthsPerStep;

        Granularity(int monthsPerStep) {
            this.monthsPerStep = monthsPerStep;
        }
    }

    private static final Pattern FORMAT = Pattern.compile(
            "((?:19|20)\\d{2})(?:-H([12])|-Q([1-4])|-(0[1-9]|1[0-2])(?:/((?:19|20)\\d{2})-(0[1-9]|1[0-2]))?)?");

    public Period {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (granularity) {
            case YEAR -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
            case MONTH, MONTHS -> 12;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(granularity + " index out of range: " + index);
        }
        if (granularity == Granularity.MONTHS ? last <= index || last > 12 : last != index) {
            throw new IllegalArgumentException(granularity == Granularity.MONTHS
                    ? "a run of months ends after it starts, within its year: " + index + "–" + last
                    : "only a run of months has a last month");
        }
    }

    public Period(int year, Granularity granularity, int index) {
        this(year, granularity, index, index);
    }

    public static Period ofYear(int year) {
        return new Period(year, Granularity.YEAR, 1);
    }

    public static Period ofMonth(int year, int month) {
        return new Period(year, Granularity.MONTH, month);
    }

    /** Parses the dataset's period text; throws {@link IllegalArgumentException} for anything else. */
    @JsonCreator
    public static Period parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "bad period '" + text + "': use 2024, 2024-H1, 2024-Q3, 2024-07 or 2024-01/2024-08");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(year, Granularity.HALF, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(year, Granularity.QUARTER, Integer.parseInt(m.group(3)));
        }
        if (m.group(5) != null) {
            if (Integer.parseInt(m.group(5)) != year) {
                throw new IllegalArgumentException("bad period '" + text + "': a run of months stays within one year");
            }
            int first = Integer.parseInt(m.group(4));
            int last = Integer.parseInt(m.group(6));
            if (last <= first) {
                throw new IllegalArgumentException("bad period '" + text + "': a run of months ends after it starts"
                        + (last == first ? " (write a single month as " + m.group(1) + "-" + m.group(4) + ")" : ""));
            }
            return new Period(year, Granularity.MONTHS, first, last);
        }
        if (m.group(4) != null) {
            return new Period(year, Granularity.MONTH, Integer.parseInt(m.group(4)));
        }
        return ofYear(year);
    }

    public boolean isYear() {
        return granularity == Granularity.YEAR;
    }

    /** The period's first month in its year, 1–12. */
    public int firstMonth() {
        return (index - 1) * granularity.monthsPerStep + 1;
    }

    /** How many months it spans. */
    public int months() {
        return granularity == Granularity.MONTHS ? last - index + 1 : granularity.monthsPerStep;
    }

    /** Months since the start of year 0 at which the period starts: a time axis in months. */
    public int startIndex() {
        return year * 12 + firstMonth() - 1;
    }

    /** Months since the start of year 0 at which the period ends (exclusive). */
    public int endIndex() {
        return startIndex() + months();
    }

    /** Whether the whole of this period lies within {@code other}. */
    public boolean within(Period other) {
        return startIndex() >= other.startIndex() && endIndex() <= other.endIndex();
    }

    @Override
    public int compareTo(Period other) {
        int c = Integer.compare(startIndex(), other.startIndex());
        if (c == 0) {
            c = Integer.compare(other.months(), months());
        }
        if (c == 0) {
            c = granularity.compareTo(other.granularity);
        }
        return c;
    }

    /** How a person reads it: "2024", "H1 2024", "Q3 2024", "Jul 2024", "Jan–Aug 2022". */
    public String label() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case HALF -> "H" + index + " " + year;
            case QUARTER -> "Q" + index + " " + year;
            case MONTH -> month(index) + " " + year;
            case MONTHS -> month(index) + "–" + month(last) + " " + year;
        };
    }

    private static String month(int m) {
        return Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
            case MONTHS -> String.format("%d-%02d/%d-%02d", year, index, year, last);
        };
    }
}
