package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.PointStatus;
import dev.evdash.data.Qualifier;
import dev.evdash.data.Series;
import dev.evdash.data.Unit;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a figure to a series or a watchlist metric, or changes one. Every figure names its source. */
public final class PointForm extends Form {

    private final String ownerId;
    private final boolean watchlist;
    private final String unit;
    private final List<Point> points;
    private final int index;

    /** A figure of {@code series}; {@code index} -1 for a new one. */
    public static PointForm of(Dataset d, Series series, int index) {
        return new PointForm(d, series.id(), false, switch (series.unit()) {
            case PERCENT -> "percent";
            case PERCENT_CHANGE -> "% change";
            case VEHICLES -> "vehicles";
        },
                series.points(), index, (series.name() == null ? series.id() : series.name()));
    }

    /** A value of a watchlist metric; {@code index} -1 for a new one. */
    public static PointForm of(Dataset d, WatchMetric metric, int index) {
        return new PointForm(d, metric.id(), true, metric.unit(), metric.points(), index, metric.name());
    }

    private PointForm(Dataset dataset, String ownerId, boolean watchlist, String unit, List<Point> points, int index,
            String ownerName) {
        super(dataset, (index < 0 ? "New figure for " : "Change figure " + points.get(index).period() + " of ") + ownerName);
        this.ownerId = ownerId;
        this.watchlist = watchlist;
        this.unit = unit;
        this.points = points;
        this.index = index;
        Point p = index < 0 ? null : points.get(index);
        text("period", "Period", p == null ? "" : p.period().toString(),
                "2024, 2024-H1, 2024-Q3, 2024-07 or 2024-01/2024-08");
        text("value", "Value (" + unit + ")", p == null ? "" : Formats.plain(p.value()), "e.g. 426594");
        text("high", "Up to (a range's upper end)", p == null || p.high() == null ? "" : Formats.plain(p.high()),
                "only where the source gives a range");
        List<Choice> qualifiers = new ArrayList<>();
        qualifiers.add(new Choice("", "exactly"));
        qualifiers.addAll(enumChoices(Qualifier.class, Qualifier::words));
        choice("qualifier", "As the source words it", qualifiers, p == null ? "" : enumText(p.qualifier()));
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", "reported (final)"));
        statuses.addAll(enumChoices(PointStatus.class, PointStatus::words));
        choice("status", "Kind of figure", statuses, p == null ? "" : enumText(p.status()));
        text("periodNote", "Period as the source words it", p == null || p.periodNote() == null ? "" : p.periodNote(),
                "only where the period is approximate or inferred");
        choice("source", "Source", sourceChoices(dataset), p == null ? "" : p.source());
        area("excerpt", "Excerpt", p == null || p.excerpt() == null ? "" : p.excerpt());
        area("note", "Note", p == null || p.note() == null ? "" : p.note());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        Period period = null;
        String periodText = text("period");
        if (periodText.isEmpty()) {
            errors.put("period", "a period is required");
        } else {
            try {
                period = Period.parse(periodText);
            } catch (IllegalArgumentException e) {
                errors.put("period", "a year, half, quarter or month, or a run of months: 2024, 2024-H1, 2024-Q3,"
                        + " 2024-07 or 2024-01/2024-08");
            }
        }
        String valueText = text("value").replace(",", "").replace("_", "");
        if (valueText.isEmpty()) {
            errors.put("value", "a value is required");
        } else {
            try {
                double v = Double.parseDouble(valueText);
                if (!Double.isFinite(v)) {
                    errors.put("value", "not a number");
                } else if (v < 0 && !unit.equals("% change")) {
                    errors.put("value", unit.equals("vehicles") ? "a count of vehicles cannot be negative"
                            : "cannot be negative");
                } else if (unit.equals("percent") && v > 100) {
                    errors.put("value", "a percentage is at most 100");
                }
            } catch (NumberFormatException e) {
                errors.put("value", "not a number: write it as 426594 or 18.5");
            }
        }
        String highText = text("high").replace(",", "").replace("_", "");
        if (!highText.isEmpty()) {
            try {
                double high = Double.parseDouble(highText);
                if (!errors.containsKey("value") && !valueText.isEmpty() && high < Double.parseDouble(valueText)) {
                    errors.put("high", "the upper end is at least the value");
                }
            } catch (NumberFormatException e) {
                errors.put("high", "not a number");
            }
        }
        String source = text("source");
        if (source.isEmpty()) {
            errors.put("source", "every figure names its source");
        } else if (period != null) {
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (i != index && p.period().equals(period) && p.source().equals(source)
                        && java.util.Objects.equals(enumText(p.status()), text("status"))) {
                    errors.put("source", "this source already gives a figure for " + period
                            + "; change that one instead");
                }
            }
        }
        if (text("periodNote").length() > MAX_TEXT) {
            errors.put("periodNote", "at most " + MAX_TEXT + " characters");
        }
        if (text("excerpt").length() > MAX_TEXT) {
            errors.put("excerpt", "at most " + MAX_TEXT + " characters");
        }
        if (text("note").length() > MAX_TEXT) {
            errors.put("note", "at most " + MAX_TEXT + " characters");
        }
    }

    public Point value() {
        String high = text("high").replace(",", "").replace("_", "");
        return new Point(Period.parse(text("period")), Double.parseDouble(text("value").replace(",", "").replace("_", "")),
                high.isEmpty() ? null : Double.parseDouble(high), enumValue(Qualifier.class, text("qualifier")),
                enumValue(PointStatus.class, text("status")), optional("periodNote"), text("source"),
                optional("excerpt"), optional("note"));
    }

    @Override
    public String editLabel() {
        return (index < 0 ? "add figure " : "change figure ") + text("period") + " of " + ownerId;
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Point p = value();
        return watchlist ? d -> Edits.putWatchPoint(d, ownerId, index, p) : d -> Edits.putPoint(d, ownerId, index, p);
    }

    /** The unit values are entered in. */
    public String unit() {
        return unit.toLowerCase(Locale.ROOT);
    }
}
