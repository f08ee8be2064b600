package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole dataset as one immutable value: what the JSON file holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$schema", "schemaVersion", "name", "updated", "sourcePriority",
    "sources", "regions", "brandGroups", "companies", "series", "partnerships", "watchlist", "milestones", "claims",
    "mergeConflicts"})
public record Dataset(
        @JsonProperty("$schema") String schema,
        int schemaVersion,
        String name,
        String updated,
        List<String> sourcePriority,
        List<Source> sources,
        List<Region> regions,
        List<BrandGroup> brandGroups,
        List<Company> companies,
        List<Series> series,
        List<Partnership> partnerships,
        List<WatchMetric> watchlist,
        List<Milestone> milestones,
        List<Claim> claims,
        List<MergeConflict> mergeConflicts) {

    /** The version this release writes; version 1 files are read and upgraded (see {@link #upgraded()}). */
    public static final int SCHEMA_VERSION = 2;

    /** Used when a file gives no {@code sourcePriority}: companies' own figures and the IEA before the press. */
    public static final List<String> DEFAULT_PRIORITY =
            java.util.Arrays.stream(SourceKind.values()).map(SourceKind::id).toList();

    public Dataset {
        sourcePriority = sourcePriority == null ? null : List.copyOf(sourcePriority);
        sources = copy(sources);
        regions = copy(regions);
        brandGroups = copy(brandGroups);
        companies = copy(companies);
        series = copy(series);
        partnerships = copy(partnerships);
        watchlist = copy(watchlist);
        milestones = copy(milestones);
        claims = copy(claims);
        mergeConflicts = copy(mergeConflicts);
    }

    /** A dataset without merge conflicts: what every edit and every file without a merge has. */
    public Dataset(String schema, int schemaVersion, String name, String updated, List<String> sourcePriority,
            List<Source> sources, List<Region> regions, List<BrandGroup> brandGroups, List<Company> companies,
            List<Series> series, List<Partnership> partnerships, List<WatchMetric> watchlist,
            List<Milestone> milestones, List<Claim> claims) {
        this(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups, companies, series,
                partnerships, watchlist, milestones, claims, List.of());
    }

    /** A dataset without milestones and claims, as before they were data. */
    public Dataset(String schema, int schemaVersion, String name, String updated, List<String> sourcePriority,
            List<Source> sources, List<Region> regions, List<BrandGroup> brandGroups, List<Company> companies,
            List<Series> series, List<Partnership> partnerships, List<WatchMetric> watchlist) {
        this(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups, companies, series,
                partnerships, watchlist, List.of(), List.of());
    }

    /**
     * A dataset with the sections version 1 had; its regions are the ones version 1 could name, and it has
     * no brand groups.
     */
    public Dataset(String schema, int schemaVersion, String name, String updated, List<String> sourcePriority,
            List<Source> sources, List<Company> companies, List<Series> series, List<Partnership> partnerships,
            List<WatchMetric> watchlist) {
        this(schema, schemaVersion, name, updated, sourcePriority, sources, Region.VERSION_1, List.of(), companies,
                series, partnerships, watchlist, List.of(), List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * This dataset as version 2: a version-1 file's implied regions listed and its ids spelled as version 2
     * spells them; a version-2 dataset is returned as it is.
     */
    public Dataset upgraded() {
        if (schemaVersion >= SCHEMA_VERSION) {
            return this;
        }
        List<Series> upgraded = series.stream().map(s -> s.market() == null ? s
                : new Series(s.id(), s.name(), s.metric(), s.region(), s.company(), s.brandGroup(),
                        Region.fromVersion1(s.market()), s.powertrain(), s.unit(), s.body(), s.basis(), s.vehicles(),
                        s.brand(), s.scope(), s.points())).toList();
        return new Dataset(schema, SCHEMA_VERSION, name, updated, sourcePriority, sources,
                regions.isEmpty() ? Region.VERSION_1 : regions, brandGroups, companies, upgraded, partnerships,
                watchlist, milestones, claims, mergeConflicts);
    }

    /** Source kinds and source ids in charting order, defaulted when the file gives none. */
    public List<String> priority() {
        return sourcePriority == null || sourcePriority.isEmpty() ? DEFAULT_PRIORITY : sourcePriority;
    }

    /** The source with this id (the first, where the file gives one twice); by an index, not a scan. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(RecordIndex.of(this).sources.get(id));
    }

    /**
     * The sources by id, as {@link #source} finds them: for a caller that looks up many, such as a
     * comparator, so that each look-up is one map's.
     */
    public Map<String, Source> sourcesById() {
        return RecordIndex.of(this).sources;
    }

    /** The company with this id (the first, where the file gives one twice). */
    public Optional<Company> company(String id) {
        return Optional.ofNullable(RecordIndex.of(this).companies.get(id));
    }

    /** The region with this id (the first, where the file gives one twice). */
    public Optional<Region> region(String id) {
        return Optional.ofNullable(RecordIndex.of(this).regions.get(id));
    }

    /** The brand group with this id (the first, where the file gives one twice). */
    public Optional<BrandGroup> brandGroup(String id) {
        return Optional.ofNullable(RecordIndex.of(this).brandGroups.get(id));
    }

    /** A region's name, or its id where the data does not list it. */
    public String regionName(String id) {
        return region(id).map(Region::name).orElse(id);
    }

    /** Who a series is about, by name: "China", "BMW Group", "Chinese brands". */
    public String subjectName(Series s) {
        if (s.region() != null) {
            return regionName(s.region());
        }
        if (s.company() != null) {
            return company(s.company()).map(Company::name).orElse(s.company());
        }
        return s.brandGroup() == null ? s.id() : brandGroup(s.brandGroup()).map(BrandGroup::name).orElse(s.brandGroup());
    }

    public Optional<Series> seriesById(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }

    public Dataset withSources(List<Source> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, list, regions, brandGroups, companies,
                series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withRegions(List<Region> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, list, brandGroups, companies,
                series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withBrandGroups(List<BrandGroup> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, list, companies,
                series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withCompanies(List<Company> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups, list,
                series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withSeries(List<Series> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, list, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withPartnerships(List<Partnership> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, list, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withWatchlist(List<WatchMetric> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, partnerships, list, milestones, claims, mergeConflicts);
    }

    public Dataset withSourcePriority(List<String> list) {
        return new Dataset(schema, schemaVersion, name, updated, list, sources, regions, brandGroups, companies,
                series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }

    public Dataset withMilestones(List<Milestone> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, partnerships, watchlist, list, claims, mergeConflicts);
    }

    public Dataset withClaims(List<Claim> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, partnerships, watchlist, milestones, list, mergeConflicts);
    }

    public Dataset withMergeConflicts(List<MergeConflict> list) {
        return new Dataset(schema, schemaVersion, name, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, partnerships, watchlist, milestones, claims, list);
    }

    public Dataset withName(String newName) {
        return new Dataset(schema, schemaVersion, newName, updated, sourcePriority, sources, regions, brandGroups,
                companies, series, partnerships, watchlist, milestones, claims, mergeConflicts);
    }
}
