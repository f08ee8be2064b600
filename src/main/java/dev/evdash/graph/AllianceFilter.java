package dev.evdash.graph;

import dev.evdash.data.Area;
import java.util.Set;

/**
 * Which part of the network to show. Empty sets mean "all". Partnerships count when announced between
 * {@code fromYear} and {@code toYear}; companies show when they pass the country and kind filters and
 * have at least {@code minDegree} partnerships left. With {@code egoCenter} set, only the companies within
 * {@code egoHops} partnerships of it remain.
 */
public record AllianceFilter(Set<Area> areas, int fromYear, int toYear, Set<String> countries, Set<NodeKind> kinds,
        int minDegree, String egoCenter, int egoHops) {

    public static final AllianceFilter ALL =
            new AllianceFilter(Set.of(), Integer.MIN_VALUE, Integer.MAX_VALUE, Set.of(), Set.of(), 0, null, 0);

    public AllianceFilter {
        areas = Set.copyOf(areas);
        countries = Set.copyOf(countries);
        kinds = Set.copyOf(kinds);
    }

    /** Whether any partnership is filtered out (then companies left without one are hidden). */
    public boolean filtersPartnerships() {
        return !areas.isEmpty() || fromYear != Integer.MIN_VALUE || toYear != Integer.MAX_VALUE;
    }

    public AllianceFilter withYears(int from, int to) {
        return new AllianceFilter(areas, from, to, countries, kinds, minDegree, egoCenter, egoHops);
    }

    public AllianceFilter withAreas(Set<Area> a) {
        return new AllianceFilter(a, fromYear, toYear, countries, kinds, minDegree, egoCenter, egoHops);
    }

    public AllianceFilter withEgo(String center, int hops) {
        return new AllianceFilter(areas, fromYear, toYear, countries, kinds, minDegree, center, hops);
    }
}
