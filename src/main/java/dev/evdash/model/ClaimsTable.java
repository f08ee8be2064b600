package dev.evdash.model;

import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Point;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sets every figure of the press and of the commentary article against the record for the same series
 * and period. The record is the best-ranked figure from a company report, the IEA, official statistics
 * or a data aggregator; for a stated share of world sales it is the share computed from those figures.
 * Claims without a record to hold them against are left out.
 */
public final class ClaimsTable {

    private static final Set<SourceKind> CLAIM_KINDS = Set.of(SourceKind.ARTICLE, SourceKind.PRESS);
    /** Two exact figures within this share of each other are close (rounding, revisions). */
    static final double CLOSE = 0.01;

    private ClaimsTable() {}

    public static List<ClaimCheck> compute(Dataset d) {
        return compute(d, s -> true);
    }

    /**
     * The checks of the series {@code which} lets through, in the order {@link #compute(Dataset)} gives
     * them: a series' checks depend on the whole dataset but not on which other series are checked.
     */
    public static List<ClaimCheck> compute(Dataset d, Predicate<Series> which) {
        SourceRanking ranking = new SourceRanking(d);
        List<ChinaShareRow> shares = ChinaShareTable.compute(d);
        List<ClaimCheck> out = new ArrayList<>();
        for (Series s : d.series()) {
            if (!which.test(s)) {
                continue;
            }
            for (Point claim : s.points()) {
                Source claimSource = ranking.source(claim);
                if (!CLAIM_KINDS.contains(claimSource.kind())) {
                    continue;
                }
                recordFor(d, ranking, shares, s, claim).ifPresent(r -> out.add(check(d, s, claim, claimSource, r)));
            }
        }
        out.sort(Comparator.comparing((ClaimCheck c) -> !c.fromArticle())
                .thenComparing(c -> c.series().id()).thenComparing(c -> c.claim().period()));
        return out;
    }

    private record Record(double value, List<Source> sources, String scope) {}

    private static Optional<Record> recordFor(Dataset d, SourceRanking ranking, List<ChinaShareRow> shares, Series s,
            Point claim) {
        if (s.metric() == Metric.SHARE_OF_WORLD_EV_SALES && Region.CHINA.equals(s.region()) && claim.period().isYear()) {
            return shares.stream().filter(r -> r.year() == claim.period().year()).findFirst()
                    .map(r -> new Record(r.chinaSharePercent(), r.sources(),
                            "China's share of world electric car sales (BEV+PHEV), computed: "
                                    + Formats.count(r.chinaSales()) + " of " + Formats.count(r.worldSales())));
        }
        List<Point> records = s.points().stream()
                .filter(p -> p.period().equals(claim.period()) && p.qualifier() == null
                        && !CLAIM_KINDS.contains(ranking.source(p).kind()))
                .toList();
        return ranking.bestExact(records).map(p -> new Record(p.value(), List.of(ranking.source(p)), scope(s, d)));
    }

    /** What a series covers in a few words: "BEV, worldwide", "BEV+PHEV, China". */
    static String scope(Series s, Dataset d) {
        StringBuilder b = new StringBuilder();
        b.append(s.powertrain().label());
        s.forRegion().ifPresent(r -> b.append(", ").append(d.regionName(r)));
        s.forMarket().ifPresent(m -> b.append(", ").append(d.regionName(m)));
        if (s.company() != null && s.market() == null) {
            b.append(", worldwide");
        }
        return b.toString();
    }

    private static ClaimCheck check(Dataset d, Series s, Point claim, Source claimSource, Record r) {
        Point recordPoint = new Point(claim.period(), r.value(), null, r.sources().get(0).id(), null, null);
        ClaimCheck.Verdict verdict;
        if (claim.qualifier() != null) {
            verdict = Conflicts.disagree(claim, recordPoint) ? ClaimCheck.Verdict.DOES_NOT_MATCH : ClaimCheck.Verdict.HOLDS;
        } else if (claim.value() == r.value()) {
            verdict = ClaimCheck.Verdict.MATCHES;
        } else if (Math.abs(claim.value() - r.value()) <= CLOSE * Math.abs(r.value())) {
            verdict = ClaimCheck.Verdict.CLOSE;
        } else {
            verdict = ClaimCheck.Verdict.DOES_NOT_MATCH;
        }
        String claimScope = claim.note() != null ? claim.note() : scope(s, d);
        return new ClaimCheck(s, claim, claimSource, r.value(), r.sources(), r.scope(), claimScope, verdict);
    }
}
