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
 * month ({@code 2024-07}), a run of months ({@code 2022-01/2022-08}: January to August, "the first eight
 * months"; {@code 2022-04/2023-03}: the twelve months to March 2023) or a day ({@code 2025-12-27}: a
 * running total as of then). Periods order by their start, then the longer first (the year before its
 * first half). Figures of different granularities are never added together: a view picks one.
 *
 * @param index the half, quarter or month (the first month of a run; a day's month); 1 for a year
 * @param last a run's last month, counted from January of {@code year} (14 is February of the next year);
 *     a day's day of the month; {@code index} for the other granularities
 */
public record Period(int year, Granularity granularity, int index, int last) implements Comparable<Period> {

    public enum Granularity {
        YEAR(12), HALF(6), QUARTER(3), MONTH(1), MONTHS(1), DAY(1);

        private final int monthsPerStep;

        Granularity(int monthsPerStep) {
            this.monthsPerStep = monthsPerStep;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("((?:19|20)\\d{2})(?:-H([12])|-Q([1-4])"
            + "|-(0[1-9]|1[0-2])(?:/((?:19|20)\\d{2})-(0[1-9]|1[0-2])|-(0[1-9]|[12]\\d|3[01]))?)?");
    /** A run of months spans at most two years. */
    static final int MAX_RUN = 24;

    public Period {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (granularity) {
            case YEAR -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
            case MONTH, MONTHS, DAY -> 12;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(granularity + " index out of range: " + index);
        }
        switch (granularity) {
            case MONTHS -> {
                if (last <= index || last - index + 1 > MAX_RUN) {
                    throw new IllegalArgumentException("a run of months ends after it starts and spans at most "
                            + MAX_RUN + " months: " + index + "–" + last);
                }
            }
            case DAY -> {
                if (last < 1 || last > java.time.YearMonth.of(year, index).lengthOfMonth()) {
                    throw new IllegalArgumentException("no day " + last + " in " + java.time.YearMonth.of(year, index));
                }
            }
            default -> {
                if (last != index) {
                    throw new IllegalArgumentException("only a run of months or a day has a second part");
                }
            }
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
        Period known = text == null ? null : PARSED.get(text);
        if (known != null) {
            return known;
        }
        Period p = parseAnew(text);
        if (PARSED.size() < PARSED_KEPT) {
            PARSED.put(text, p);
        }
        return p;
    }

    /**
     * Periods parsed before, by their text: a dataset gives the same few hundred periods to tens of thousands
     * of figures. Only good ones are kept, at most {@link #PARSED_KEPT}.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Period> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 4096;

    private static Period parseAnew(String text) {
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
        if (m.group(7) != null) {
            int month = Integer.parseInt(m.group(4));
            int day = Integer.parseInt(m.group(7));
            if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("bad period '" + text + "': " + java.time.Month.of(month)
                        .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day " + day);
            }
            return new Period(year, Granularity.DAY, month, day);
        }
        if (m.group(5) != null) {
            int first = Integer.parseInt(m.group(4));
            int last = (Integer.parseInt(m.group(5)) - year) * 12 + Integer.parseInt(m.group(6));
            if (last <= first) {
                throw new IllegalArgumentException("bad period '" + text + "': a run of months ends after it starts"
                        + (last == first ? " (write a single month as " + m.group(1) + "-" + m.group(4) + ")" : ""));
            }
            if (last - first + 1 > MAX_RUN) {
                throw new IllegalArgumentException("bad period '" + text + "': a run of months spans at most "
                        + MAX_RUN + " months");
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
        return granularity == Granularity.DAY ? index : (index - 1) * granularity.monthsPerStep + 1;
    }

    /** How many whole months it spans; a day spans none. */
    public int months() {
        return switch (granularity) {
            case MONTHS -> last - index + 1;
            case DAY -> 0;
            default -> granularity.monthsPerStep;
        };
    }

    /** The day of a day's period (1 for the others). */
    public int day() {
        return granularity == Granularity.DAY ? last : 1;
    }

    /** Where the period starts on a time axis counted in months since year 0 (a day is a fraction of its month). */
    public double start() {
        return startIndex() + (granularity == Granularity.DAY
                ? (last - 1.0) / java.time.YearMonth.of(year, index).lengthOfMonth() : 0);
    }

    /** Where the period ends (exclusive) on that axis. */
    public double end() {
        return granularity == Granularity.DAY ? start() + 1.0 / java.time.YearMonth.of(year, index).lengthOfMonth()
                : endIndex();
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
        return start() >= other.start() && end() <= other.end();
    }

    @Override
    public int compareTo(Period other) {
        int c = Double.compare(start(), other.start());
        if (c == 0) {
            c = Double.compare(other.end(), end());
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
            case MONTHS -> last <= 12 ? month(index) + "–" + month(last) + " " + year
                    : month(index) + " " + year + "–" + month(lastMonth()) + " " + lastYear();
            case DAY -> last + " " + month(index) + " " + year;
        };
    }

    private int lastYear() {
        return year + (last - 1) / 12;
    }

    private int lastMonth() {
        return (last - 1) % 12 + 1;
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
            case MONTH -> year + "-" + twoDigits(index);
            case MONTHS -> year + "-" + twoDigits(index) + "/" + lastYear() + "-" + twoDigits(lastMonth());
            case DAY -> year + "-" + twoDigits(index) + "-" + twoDigits(last);
        };
    }

    /** 1 to 31 as "01" to "31" (a save writes every period: no formatter is needed for this). */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
