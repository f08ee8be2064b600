package dev.evdash.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for periods the data holds only in part: a year that is not over yet is said to be so ("2026 to
 * June"), and is compared only with the same months of the year before, or not at all. Tiles, callouts and
 * ratios use it, in the window and in the exports, so that half a year is never set against a whole one.
 */
public final class PartialPeriods {

    private PartialPeriods() {}

    /** Whether a calendar year has ended by {@code today}. */
    public static boolean yearOver(int year, LocalDate today) {
        return year < today.getYear();
    }

    /**
     * The last month (1–12) of {@code year} that the dated entries reach, for a year not over by {@code today};
     * empty for a year that is over, or where no entry of the year gives its month.
     *
     * @param dates dates as the data gives them: 2026, 2026-04 or 2026-04-24
     */
    public static Optional<Integer> monthsReached(int year, List<String> dates, LocalDate today) {
        if (yearOver(year, today)) {
            return Optional.empty();
        }
        return dates.stream().filter(s -> s != null && s.length() >= 7 && s.startsWith(year + "-"))
                .map(s -> Integer.parseInt(s.substring(5, 7))).max(Integer::compare);
    }

    /** Whether a date lies in the first {@code months} months of {@code year}: false where it gives no month. */
    public static boolean inFirstMonths(String date, int year, int months) {
        return date != null && date.length() >= 7 && date.startsWith(year + "-")
                && Integer.parseInt(date.substring(5, 7)) <= months;
    }

    /** "2026 to June"; "2026, January" for one month. */
    public static String yearTo(int year, int month) {
        return month == 1 ? year + ", January" : year + " to " + monthName(month);
    }

    /** "Jan–Jun", the span compared; "Jan" for one month. */
    public static String monthsSpan(int month) {
        return month == 1 ? "Jan" : "Jan–" + Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "January–June". */
    public static String monthsSpanLong(int month) {
        return month == 1 ? "January" : "January–" + monthName(month);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
