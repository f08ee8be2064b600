package dev.evdash.model;

import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import java.util.List;

/**
 * The figure charted for one series and period, with every other figure sources give for it.
 *
 * @param point the charted figure
 * @param source its source
 * @param all every figure for the period, charted one first
 * @param conflict whether they disagree (see {@link Conflicts})
 * @param revised whether a preliminary figure or estimate for the period differs from the one charted
 */
public record Figure(Series series, Point point, Source source, List<Point> all, boolean conflict, boolean revised) {

    public Figure {
        all = List.copyOf(all);
    }

    public double value() {
        return point.value();
    }

    /**
     * Lines for a hover label: value with unit, source, scope and, where sources disagree, every figure
     * with its source. {@code ranking} names the other figures' sources.
     */
    public String describe(String subject, SourceRanking ranking) {
        StringBuilder b = new StringBuilder(subject).append(" · ").append(point.period());
        b.append('\n').append(Formats.value(point, series.unit()));
        if (point.status() != null) {
            b.append(" (").append(point.status().words()).append(')');
        }
        b.append("\nSource: ").append(source.citation());
        if (series.scope() != null) {
            b.append("\nScope: ").append(series.scope());
        }
        if (point.periodNote() != null) {
            b.append("\nPeriod: ").append(point.periodNote());
        }
        if (point.note() != null) {
            b.append("\nNote: ").append(point.note());
        }
        if (revised) {
            b.append("\n↻ Revised; earlier figures:");
            for (Point p : all) {
                if (!p.isFinal() && !p.isForwardLooking()) {
                    b.append("\n  ").append(Formats.value(p, series.unit())).append(" (").append(p.status().words())
                            .append(") — ").append(ranking.source(p).title());
                }
            }
        }
        if (conflict) {
            b.append("\n⚠ Sources disagree:");
            for (Point p : all) {
                b.append("\n  ").append(Formats.value(p, series.unit())).append(" — ")
                        .append(ranking.source(p).title()).append(p == point ? " (charted)" : "");
            }
        }
        return b.toString();
    }
}
