package dev.evdash.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The changes an analyst makes to a dataset, as pure functions from one dataset to the next. Each keeps
 * the order of everything it does not touch, so that a saved file differs from the loaded one only where
 * the edit was. Deleting something that other entries refer to is refused with the reason.
 */
public final class Edits {

    /** An edit that would leave a dangling reference. */
    public static final class RefusedException extends IllegalArgumentException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private Edits() {}

    // --- sources

    /** Adds {@code source}, or replaces the one with id {@code oldId} (null: add) in place. */
    public static Dataset putSource(Dataset d, String oldId, Source source) {
        Dataset out = with(d, put(d.sources(), oldId, Source::id, source), d.companies(), d.series(), d.partnerships(),
                d.watchlist());
        return oldId == null || oldId.equals(source.id()) ? out : renameSource(out, oldId, source.id());
    }

    public static Dataset deleteSource(Dataset d, String id) {
        long figures = d.series().stream().flatMap(s -> s.points().stream()).filter(p -> p.source().equals(id)).count()
                + d.watchlist().stream().flatMap(w -> w.points().stream()).filter(p -> p.source().equals(id)).count();
        long deals = d.partnerships().stream().filter(p -> p.sources().contains(id)).count();
        long targets = d.watchlist().stream().filter(w -> w.target() != null && w.target().source().equals(id)).count();
        long events = d.milestones().stream().filter(m -> m.sources().contains(id)).count();
        long claims = d.claims().stream().filter(c -> c.sources().contains(id) || id.equals(c.articleSource())).count();
        if (figures + deals + targets + events + claims > 0) {
            throw new RefusedException("source '" + id + "' is cited by " + count(figures, "figure") + ", "
                    + count(deals, "partnership") + ", " + count(targets, "watchlist target") + ", "
                    + count(events, "milestone") + " and " + count(claims, "claim") + "; change or delete those first");
        }
        List<String> priority = d.sourcePriority() == null ? null
                : d.sourcePriority().stream().filter(s -> !s.equals(id)).toList();
        return d.withSourcePriority(priority).withSources(remove(d.sources(), Source::id, id));
    }

    private static Dataset renameSource(Dataset d, String from, String to) {
        Function<Point, Point> fix = p -> p.source().equals(from) ? p.withSource(to) : p;
        List<Series> series = d.series().stream().map(s -> withPoints(s, s.points().stream().map(fix).toList())).toList();
        List<Partnership> deals = d.partnerships().stream().map(p -> p.sources().contains(from)
                ? new Partnership(p.id(), p.parties(), p.areas(), p.announced(), p.status(), p.summary(),
                        p.sources().stream().map(s -> s.equals(from) ? to : s).toList(), p.note())
                : p).toList();
        List<WatchMetric> watch = d.watchlist().stream().map(w -> w.withTarget(w.target() != null
                && w.target().source().equals(from) ? w.target().withSource(to) : w.target())
                .withPoints(w.points().stream().map(fix).toList())).toList();
        Function<List<String>, List<String>> ids = l -> l.stream().map(s -> s.equals(from) ? to : s).toList();
        List<Milestone> events = d.milestones().stream().map(m -> m.sources().contains(from)
                ? new Milestone(m.id(), m.company(), m.date(), m.title(), m.status(), m.metric(), ids.apply(m.sources()),
                        m.excerpt(), m.note())
                : m).toList();
        List<Claim> claims = d.claims().stream().map(c -> c.sources().contains(from) || from.equals(c.articleSource())
                ? new Claim(c.id(), c.claim(), c.topic(), c.verdict(), c.check(), c.record(), c.reasoning(),
                        c.claimScope(), c.recordScope(), ids.apply(c.sources()), c.partnerships(),
                        from.equals(c.articleSource()) ? to : c.articleSource(), c.note())
                : c).toList();
        List<String> priority = d.sourcePriority() == null ? null
                : d.sourcePriority().stream().map(s -> s.equals(from) ? to : s).toList();
        return d.withSourcePriority(priority).withSeries(series).withPartnerships(deals).withWatchlist(watch)
                .withMilestones(events).withClaims(claims);
    }

    // --- companies

    public static Dataset putCompany(Dataset d, String oldId, Company company) {
        if (oldId != null && !oldId.equals(company.id()) && referencesCompany(d, oldId) > 0) {
            throw new RefusedException("company '" + oldId + "' is referred to by " + referencesCompany(d, oldId)
                    + " entries; its id cannot change (its name can)");
        }
        return with(d, d.sources(), put(d.companies(), oldId, Company::id, company), d.series(), d.partnerships(),
                d.watchlist());
    }

    public static Dataset deleteCompany(Dataset d, String id) {
        long refs = referencesCompany(d, id);
        if (refs > 0) {
            throw new RefusedException("company '" + id + "' is referred to by " + count(refs, "entry")
                    .replace("entrys", "entries") + " (series, partnerships, watchlist metrics or milestones); change"
                    + " or delete those first");
        }
        return with(d, d.sources(), remove(d.companies(), Company::id, id), d.series(), d.partnerships(), d.watchlist());
    }

    private static long referencesCompany(Dataset d, String id) {
        return d.series().stream().filter(s -> id.equals(s.company())).count()
                + d.partnerships().stream().filter(p -> p.parties().contains(id)).count()
                + d.watchlist().stream().filter(w -> id.equals(w.company())).count()
                + d.milestones().stream().filter(m -> id.equals(m.company())).count();
    }

    // --- regions and brand groups

    /** Adds {@code region}, or replaces the one with id {@code oldId}; an id still referred to cannot change. */
    public static Dataset putRegion(Dataset d, String oldId, Region region) {
        if (oldId != null && !oldId.equals(region.id()) && referencesRegion(d, oldId) > 0) {
            throw new RefusedException("region '" + oldId + "' is referred to by " + count(referencesRegion(d, oldId),
                    "series") .replace("seriess", "series") + "; its id cannot change (its name can)");
        }
        return d.withRegions(put(d.regions(), oldId, Region::id, region));
    }

    public static Dataset deleteRegion(Dataset d, String id) {
        long refs = referencesRegion(d, id);
        if (refs > 0) {
            throw new RefusedException("region '" + id + "' is referred to by " + refs + " series"
                    + "; change or delete those first");
        }
        return d.withRegions(remove(d.regions(), Region::id, id));
    }

    private static long referencesRegion(Dataset d, String id) {
        return d.series().stream().filter(s -> id.equals(s.region()) || id.equals(s.market())).count();
    }

    /** Adds {@code group}, or replaces the one with id {@code oldId}; an id still referred to cannot change. */
    public static Dataset putBrandGroup(Dataset d, String oldId, BrandGroup group) {
        if (oldId != null && !oldId.equals(group.id()) && referencesGroup(d, oldId) > 0) {
            throw new RefusedException("brand group '" + oldId + "' is referred to by " + referencesGroup(d, oldId)
                    + " series; its id cannot change (its name can)");
        }
        return d.withBrandGroups(put(d.brandGroups(), oldId, BrandGroup::id, group));
    }

    public static Dataset deleteBrandGroup(Dataset d, String id) {
        long refs = referencesGroup(d, id);
        if (refs > 0) {
            throw new RefusedException("brand group '" + id + "' is referred to by " + refs + " series"
                    + "; change or delete those first");
        }
        return d.withBrandGroups(remove(d.brandGroups(), BrandGroup::id, id));
    }

    private static long referencesGroup(Dataset d, String id) {
        return d.series().stream().filter(s -> id.equals(s.brandGroup())).count();
    }

    // --- series and their figures

    /** Adds a series or changes one's description; its figures stay (the given series' points are ignored). */
    public static Dataset putSeries(Dataset d, String oldId, Series series) {
        List<Point> points = oldId == null ? List.of()
                : d.seriesById(oldId).map(Series::points).orElse(List.of());
        Dataset out = with(d, d.sources(), d.companies(), put(d.series(), oldId, Series::id, withPoints(series, points)),
                d.partnerships(), d.watchlist());
        if (oldId == null || oldId.equals(series.id())) {
            return out;
        }
        // a claim checked against the series follows its new id
        return out.withClaims(out.claims().stream().map(c -> c.check() != null && c.check().series().equals(oldId)
                ? c.withCheck(new Claim.Check(series.id(), c.check().period())) : c).toList());
    }

    public static Dataset deleteSeries(Dataset d, String id) {
        long claims = d.claims().stream().filter(c -> c.check() != null && c.check().series().equals(id)).count();
        if (claims > 0) {
            throw new RefusedException("series '" + id + "' holds the figure " + count(claims, "claim")
                    + " is checked against; change or delete those first");
        }
        return with(d, d.sources(), d.companies(), remove(d.series(), Series::id, id), d.partnerships(), d.watchlist());
    }

    /** Adds a figure to a series (index -1) or replaces the figure at {@code index}. */
    public static Dataset putPoint(Dataset d, String seriesId, int index, Point point) {
        Series s = d.seriesById(seriesId).orElseThrow(() -> new RefusedException("no series '" + seriesId + "'"));
        return replaceSeries(d, withPoints(s, put(s.points(), index, point)));
    }

    public static Dataset deletePoint(Dataset d, String seriesId, int index) {
        Series s = d.seriesById(seriesId).orElseThrow(() -> new RefusedException("no series '" + seriesId + "'"));
        return replaceSeries(d, withPoints(s, remove(s.points(), index)));
    }

    /** {@code s} with {@code point} after the points of its period and before later ones. */
    public static Series withPointAdded(Series s, Point point) {
        return withPoints(s, put(s.points(), -1, point));
    }

    /** {@code points} with {@code point} in place of the one at {@code index}, or added in period order (-1). */
    private static List<Point> put(List<Point> points, int index, Point point) {
        List<Point> out = new ArrayList<>(points);
        if (index >= 0) {
            out.set(index, point);
            return out;
        }
        int at = out.size();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).period().compareTo(point.period()) > 0) {
                at = i;
                break;
            }
        }
        out.add(at, point);
        return out;
    }

    private static List<Point> remove(List<Point> points, int index) {
        List<Point> out = new ArrayList<>(points);
        out.remove(index);
        return out;
    }

    private static Dataset replaceSeries(Dataset d, Series s) {
        return with(d, d.sources(), d.companies(), put(d.series(), s.id(), Series::id, s), d.partnerships(), d.watchlist());
    }

    static Series withPoints(Series s, List<Point> points) {
        return s.withPoints(points);
    }

    // --- partnerships

    /** Adds a partnership or replaces the one with id {@code oldId}; a changed id is changed in the claims citing it. */
    public static Dataset putPartnership(Dataset d, String oldId, Partnership p) {
        Dataset out = with(d, d.sources(), d.companies(), d.series(), put(d.partnerships(), oldId, Partnership::id, p),
                d.watchlist());
        if (oldId == null || oldId.equals(p.id())) {
            return out;
        }
        return out.withClaims(out.claims().stream().map(c -> c.partnerships().contains(oldId)
                ? c.withPartnerships(c.partnerships().stream().map(x -> x.equals(oldId) ? p.id() : x).toList())
                : c).toList());
    }

    public static Dataset deletePartnership(Dataset d, String id) {
        long claims = d.claims().stream().filter(c -> c.partnerships().contains(id)).count();
        if (claims > 0) {
            throw new RefusedException("partnership '" + id + "' is the record " + count(claims, "claim")
                    + " was checked against; change or delete those first");
        }
        return with(d, d.sources(), d.companies(), d.series(), remove(d.partnerships(), Partnership::id, id), d.watchlist());
    }

    // --- watchlist

    /** Adds a metric or changes one's description; its values stay (the given metric's points are ignored). */
    public static Dataset putWatchMetric(Dataset d, String oldId, WatchMetric w) {
        List<Point> points = oldId == null ? List.of() : d.watchlist().stream().filter(x -> x.id().equals(oldId))
                .findFirst().map(WatchMetric::points).orElse(List.of());
        WatchMetric kept = withPoints(w, points);
        Dataset out = with(d, d.sources(), d.companies(), d.series(), d.partnerships(),
                put(d.watchlist(), oldId, WatchMetric::id, kept));
        if (oldId == null || oldId.equals(w.id())) {
            return out;
        }
        // a changed id is changed where it is named: the metrics standing in for it, the milestones on its chart
        String to = w.id();
        return out.withWatchlist(out.watchlist().stream().map(x -> oldId.equals(x.proxyFor()) ? x.withProxyFor(to) : x)
                .toList()).withMilestones(out.milestones().stream().map(m -> oldId.equals(m.metric())
                        ? m.withMetric(to) : m).toList());
    }

    /** Deletes a metric; refused while a milestone is shown on its chart or another metric stands in for it. */
    public static Dataset deleteWatchMetric(Dataset d, String id) {
        long events = d.milestones().stream().filter(m -> id.equals(m.metric())).count();
        long proxies = d.watchlist().stream().filter(w -> id.equals(w.proxyFor())).count();
        if (events + proxies > 0) {
            List<String> who = new ArrayList<>();
            if (events > 0) {
                who.add(count(events, "milestone"));
            }
            if (proxies > 0) {
                who.add(count(proxies, "proxy metric"));
            }
            throw new RefusedException("watchlist metric '" + id + "' is named by " + String.join(" and ", who)
                    + "; change or delete those first");
        }
        return with(d, d.sources(), d.companies(), d.series(), d.partnerships(), remove(d.watchlist(), WatchMetric::id, id));
    }

    /** Adds a value to a watchlist metric (index -1) or replaces the one at {@code index}. */
    public static Dataset putWatchPoint(Dataset d, String metricId, int index, Point point) {
        WatchMetric w = watchMetric(d, metricId);
        return replaceWatchMetric(d, withPoints(w, put(w.points(), index, point)));
    }

    public static Dataset deleteWatchPoint(Dataset d, String metricId, int index) {
        WatchMetric w = watchMetric(d, metricId);
        return replaceWatchMetric(d, withPoints(w, remove(w.points(), index)));
    }

    private static WatchMetric watchMetric(Dataset d, String id) {
        return d.watchlist().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new RefusedException("no watchlist metric '" + id + "'"));
    }

    private static Dataset replaceWatchMetric(Dataset d, WatchMetric w) {
        return with(d, d.sources(), d.companies(), d.series(), d.partnerships(), put(d.watchlist(), w.id(), WatchMetric::id, w));
    }

    private static WatchMetric withPoints(WatchMetric w, List<Point> points) {
        return w.withPoints(points);
    }

    // --- milestones

    /** Adds {@code m}, or replaces the milestone with id {@code oldId} (null: add) in place. Nothing refers to one. */
    public static Dataset putMilestone(Dataset d, String oldId, Milestone m) {
        return d.withMilestones(put(d.milestones(), oldId, Milestone::id, m));
    }

    public static Dataset deleteMilestone(Dataset d, String id) {
        return d.withMilestones(remove(d.milestones(), Milestone::id, id));
    }

    // --- claims

    /** Adds {@code c}, or replaces the claim with id {@code oldId} (null: add) in place. Nothing refers to one. */
    public static Dataset putClaim(Dataset d, String oldId, Claim c) {
        return d.withClaims(put(d.claims(), oldId, Claim::id, c));
    }

    public static Dataset deleteClaim(Dataset d, String id) {
        return d.withClaims(remove(d.claims(), Claim::id, id));
    }

    // --- helpers

    private static Dataset with(Dataset d, List<Source> sources, List<Company> companies, List<Series> series,
            List<Partnership> partnerships, List<WatchMetric> watchlist) {
        return d.withSources(sources).withCompanies(companies).withSeries(series).withPartnerships(partnerships)
                .withWatchlist(watchlist);
    }

    /** {@code item} in place of the entry with id {@code oldId}, or appended when {@code oldId} is null. */
    private static <T> List<T> put(List<T> list, String oldId, Function<T, String> id, T item) {
        List<T> out = new ArrayList<>(list);
        if (oldId == null) {
            out.add(item);
            return out;
        }
        int at = indexOf(list, e -> id.apply(e).equals(oldId));
        if (at < 0) {
            throw new RefusedException("'" + oldId + "' is no longer in the data");
        }
        out.set(at, item);
        return out;
    }

    private static <T> List<T> remove(List<T> list, Function<T, String> id, String gone) {
        if (indexOf(list, e -> id.apply(e).equals(gone)) < 0) {
            throw new RefusedException("'" + gone + "' is no longer in the data");
        }
        return list.stream().filter(e -> !id.apply(e).equals(gone)).toList();
    }

    private static <T> int indexOf(List<T> list, Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
