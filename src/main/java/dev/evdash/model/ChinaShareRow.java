package dev.evdash.model;

import dev.evdash.data.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One year of the China share view: world, China, Europe and United States electric car sales and what
 * follows from them. Europe or the United States may be missing for a year; the rest of the world then
 * includes them.
 */
public record ChinaShareRow(int year, RegionTotal world, RegionTotal china, Optional<RegionTotal> europe,
        Optional<RegionTotal> usa) {

    public ChinaShareRow(int year, RegionTotal world, RegionTotal china) {
        this(year, world, china, Optional.empty(), Optional.empty());
    }

    public double worldSales() {
        return world.value();
    }

    public double chinaSales() {
        return china.value();
    }

    public double europeSales() {
        return europe.map(RegionTotal::value).orElse(0.0);
    }

    public double usaSales() {
        return usa.map(RegionTotal::value).orElse(0.0);
    }

    /** World minus China (the China share view's two-way split). */
    public double restOfWorldSales() {
        return world.value() - china.value();
    }

    /** World minus China, Europe and the United States (where those are known). */
    public double otherSales() {
        return world.value() - china.value() - europeSales() - usaSales();
    }

    /** China's sales as a percentage of world sales. */
    public double chinaSharePercent() {
        return percentOfWorld(china.value());
    }

    public double percentOfWorld(double value) {
        return 100.0 * value / world.value();
    }

    public List<Source> sources() {
        Set<Source> all = new LinkedHashSet<>(world.sources());
        all.addAll(china.sources());
        europe.ifPresent(e -> all.addAll(e.sources()));
        usa.ifPresent(u -> all.addAll(u.sources()));
        return List.copyOf(all);
    }

    public String chinaTooltip() {
        return china.describe() + "\nShare of world: " + Formats.percent(chinaSharePercent());
    }

    /** The China segment's hover text, with every disagreeing figure where sources differ. */
    public String chinaTooltip(SourceRanking ranking) {
        return china.describe(ranking) + "\nShare of world: " + Formats.percent(chinaSharePercent());
    }

    public String restOfWorldTooltip() {
        return "Rest of world, " + year + ": " + Formats.count(restOfWorldSales()) + " vehicles\n(world "
                + Formats.count(worldSales()) + " minus China " + Formats.count(chinaSales()) + ")"
                + citations(world.sources());
    }

    public String otherTooltip() {
        StringBuilder b = new StringBuilder("Rest of world, " + year + ": " + Formats.count(otherSales())
                + " vehicles\n(world " + Formats.count(worldSales()) + " minus China");
        europe.ifPresent(e -> b.append(", Europe"));
        usa.ifPresent(u -> b.append(", United States"));
        b.append(')');
        if (europe.isEmpty()) {
            b.append("\nIncludes Europe: no Europe figure for ").append(year);
        }
        if (usa.isEmpty()) {
            b.append("\nIncludes the United States: no US figure for ").append(year);
        }
        b.append("\nShare of world: ").append(Formats.percent(percentOfWorld(otherSales())));
        return b + citations(world.sources());
    }

    /** The rest-of-world segment's hover text, with the world figures sources disagree on. */
    public String otherTooltip(SourceRanking ranking) {
        String world = this.world.describe(ranking);
        int warn = world.indexOf("\n⚠");
        return otherTooltip() + (warn < 0 ? "" : world.substring(warn));
    }

    public String regionTooltip(RegionTotal region, SourceRanking ranking) {
        return region.describe(ranking) + "\nShare of world: " + Formats.percent(percentOfWorld(region.value()));
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
