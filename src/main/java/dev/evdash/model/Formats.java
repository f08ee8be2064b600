package dev.evdash.model;

import dev.evdash.data.Point;
import dev.evdash.data.Unit;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number wording shared by views, tooltips, tables and exports (English, as the sources are). */
public final class Formats {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);
    // DecimalFormat is costly to build and not thread-safe: one of each per thread.
    private static final ThreadLocal<DecimalFormat> COUNT = format("#,##0");
    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL = format("#,##0.#");
    private static final ThreadLocal<DecimalFormat> FIXED_ONE = format("0.0");
    private static final ThreadLocal<DecimalFormat> UP_TO_TWO = format("0.##");

    private static ThreadLocal<DecimalFormat> format(String pattern) {
        return ThreadLocal.withInitial(() -> new DecimalFormat(pattern, SYMBOLS));
    }

    private Formats() {}

    /** How much of a long text (a partnership's summary) a label or a tooltip shows. */
    public static final int SHOWN_TEXT = 600;

    /** {@code text} cut to {@code max} characters at a word where one is near, with "…"; short text as it is. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        int space = text.lastIndexOf(' ', cut);
        if (space > max - 40) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** A value as typed and as the data file holds it: 426594, 18.5, 0.01; no grouping, no exponent. */
    public static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** 11300000 → "11,300,000", 47.6 → "47.6", 0.67 → "0.67": grouped, up to two decimals. */
    public static String number(double value) {
        return GROUPED_TWO.get().format(value);
    }

    private static final ThreadLocal<DecimalFormat> GROUPED_TWO = format("#,##0.##");

    /** 11300000 → "11,300,000". */
    public static String count(double value) {
        return COUNT.get().format(value);
    }

    /** 11300000 → "11.3 M", 426594 → "427 k", 950 → "950". */
    public static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e6) {
            return (a >= 1e8 ? COUNT : ONE_DECIMAL).get().format(value / 1e6) + " M";
        }
        if (a >= 1e3) {
            return COUNT.get().format(value / 1e3) + " k";
        }
        return ONE_DECIMAL.get().format(value);
    }

    /** 64.5714 → "64.6 %". */
    public static String percent(double value) {
        return FIXED_ONE.get().format(value) + " %";
    }

    /** -57.12 → "-57.1 %", 3.4 → "+3.4 %". */
    public static String signedPercent(double value) {
        return String.format(Locale.US, "%+.1f %%", value);
    }

    /** Sources cited under a chart: the first few in full, then how many more (each bar names its own). */
    public static String sourceLine(java.util.List<dev.evdash.data.Source> sources) {
        return sourceLine(sources, "hover a bar, or see the Table tab, for each figure's source");
    }

    /** As {@link #sourceLine(java.util.List)}, saying with {@code more} where the rest are found. */
    public static String sourceLine(java.util.List<dev.evdash.data.Source> sources, String more) {
        if (sources.isEmpty()) {
            return "No sourced figures for this selection.";
        }
        int shown = Math.min(SOURCES_IN_LINE, sources.size());
        StringBuilder b = new StringBuilder(sources.size() == 1 ? "Source: " : "Sources: ");
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : "; ").append(sources.get(i).citation());
        }
        if (sources.size() > shown) {
            b.append("; and ").append(sources.size() - shown)
                    .append(" more (").append(more).append(')');
        }
        return b.toString();
    }

    static final int SOURCES_IN_LINE = 3;

    /** A point's value in its unit, with the source's wording: "more than 17,000,000 vehicles". */
    public static String value(Point p, Unit unit) {
        String number = switch (unit) {
            case PERCENT -> UP_TO_TWO.get().format(p.value()) + (p.high() == null ? ""
                    : "–" + UP_TO_TWO.get().format(p.high())) + " %";
            case PERCENT_CHANGE -> (p.value() > 0 ? "+" : "") + UP_TO_TWO.get().format(p.value()) + " % on a year earlier";
            case VEHICLES -> count(p.value()) + (p.high() == null ? "" : "–" + count(p.high())) + " vehicles";
        };
        return p.qualified().map(q -> q.words() + " " + number).orElse(number);
    }
}
