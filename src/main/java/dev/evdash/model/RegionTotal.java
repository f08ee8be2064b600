package dev.evdash.model;

import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Source;
import java.util.List;

/**
 * Electric car sales of a region (its id and name) in one year, with the figures it is made of: BEV and PHEV from one
 * edition of the IEA data, or a stated BEV+PHEV total where no split exists.
 */
public record RegionTotal(String region, String regionName, int year, double value, List<Part> parts) {

    /**
     * One sourced figure that went into the total, with every figure sources give for the same region,
     * powertrain and year ({@code all}, this one included).
     */
    public record Part(Powertrain powertrain, Point point, Source source, List<Point> all) {
        public Part {
            all = List.copyOf(all);
        }

        public boolean conflict() {
            return Conflicts.disagree(all);
        }
    }

    public RegionTotal {
        parts = List.copyOf(parts);
    }

    /** Whether sources disagree on any figure the total is made of. */
    public boolean conflict() {
        return parts.stream().anyMatch(Part::conflict);
    }

    public List<Source> sources() {
        return parts.stream().map(Part::source).distinct().toList();
    }

    /** Several lines for a tooltip: total, its parts, their sources. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(regionName).append(", ").append(year).append(": ")
                .append(Formats.count(value)).append(" vehicles (")
                .append(parts.size() > 1 ? Powertrain.EV.label() : parts.get(0).powertrain().label()).append(')');
        if (parts.size() > 1) {
            for (Part p : parts) {
                b.append("\n  ").append(p.powertrain().label()).append(": ").append(Formats.count(p.point().value()));
            }
        }
        sources().forEach(s -> b.append("\nSource: ").append(s.title()));
        return b.toString();
    }

    /** {@link #describe()} and, where sources disagree, every figure with its source. */
    public String describe(SourceRanking ranking) {
        StringBuilder b = new StringBuilder(describe());
        for (Part p : parts) {
            if (p.conflict()) {
                b.append("\n⚠ Sources disagree on ").append(regionName).append(' ').append(p.powertrain().label())
                        .append(", ").append(year).append(':');
                p.all().forEach(q -> b.append("\n  ").append(Formats.count(q.value())).append(" — ")
                        .append(ranking.source(q).title()).append(q == p.point() ? " (charted)" : ""));
            }
        }
        return b.toString();
    }
}
