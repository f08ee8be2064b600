package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A region or market that figures are given for ("China", "EU-27", "Norway"): data, listed in the
 * dataset, so that a market can be added without a new release. {@code iea} is the region's name in the
 * IEA's Global EV Data Explorer, where it has one; the importer maps by it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String id, String name, String iea, String note) {

    /** Well-known ids the views look for; every region, these included, is declared in the data. */
    public static final String WORLD = "world";
    public static final String CHINA = "china";
    public static final String EUROPE = "europe";
    public static final String USA = "usa";
    public static final String OUTSIDE_CHINA = "outside-china";

    /** The regions a version-1 file could name (its closed list), implied when such a file is read. */
    public static final List<Region> VERSION_1 = List.of(
            new Region(WORLD, "World", "World", null),
            new Region(CHINA, "China", "China", null),
            new Region(EUROPE, "Europe", "Europe", "The IEA's Europe: wider than the EU-27."),
            new Region(USA, "United States", "USA", null),
            new Region(OUTSIDE_CHINA, "outside China", null, "A company's markets outside mainland China."));

    /** How a version-1 file wrote the ids that version 2 spells differently. */
    static String fromVersion1(String id) {
        return "outside_china".equals(id) ? OUTSIDE_CHINA : id;
    }
}
