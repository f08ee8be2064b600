package dev.evdash.model;

import dev.evdash.data.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One year of the China share view: world and China electric car sales and what follows from them. */
public record ChinaShareRow(int year, RegionTotal world, RegionTotal china) {

    public double worldSales() {
        return world.value();
    }

    public double chinaSales() {
        return china.value();
    }

    public double restOfWorldSales() {
        return world.value() - china.value();
    }

    /** China's sales as a percentage of world sales. */
    public double chinaSharePercent() {
        return 100.0 * china.value() / world.value();
    }

    public List<Source> sources() {
        Set<Source> all = new LinkedHashSet<>(world.sources());
        all.addAll(china.sources());
        return List.copyOf(all);
    }

    public String chinaTooltip() {
        return china.describe() + "\nShare of world: " + Formats.percent(chinaSharePercent());
    }

    public String restOfWorldTooltip() {
        return "Rest of world, " + year + ": " + Formats.count(restOfWorldSales()) + " vehicles\n(world "
                + Formats.count(worldSales()) + " minus China " + Formats.count(chinaSales()) + ")"
                + citations(world.sources());
    }

    public String shareTooltip() {
        return "China's share of world EV sales, " + year + ": " + Formats.percent(chinaSharePercent())
                + "\n" + Formats.count(chinaSales()) + " of " + Formats.count(worldSales()) + " vehicles"
                + citations(sources());
    }

    private static String citations(List<Source> sources) {
        StringBuilder b = new StringBuilder();
        sources.forEach(s -> b.append("\nSource: ").append(s.title()));
        return b.toString();
    }
}
