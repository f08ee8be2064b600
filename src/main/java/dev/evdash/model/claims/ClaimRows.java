package dev.evdash.model.claims;

import dev.evdash.data.Claim;
import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ClaimsTable;
import dev.evdash.model.Formats;
import dev.evdash.model.watchlist.WatchFigures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every claim of the article against the record. A figure claim's verdict is computed from the data as it
 * is today (the article's point in the series it names against the best record for that period); a
 * statement's verdict is the claim record's own; the advice is tracked, its record being what the
 * watchlist holds for the metrics it names.
 */
public final class ClaimRows {

    /** What the verdict filter offers beside the verdicts: every claim, or the advice. */
    public static final String ALL = "all";
    public static final String ADVICE = "advice";

    private ClaimRows() {}

    public static List<ClaimRow> of(Dataset d) {
        // only the series the claims name are checked: in a large dataset, far fewer than all
        Set<String> named = d.claims().stream().filter(c -> c.check() != null).map(c -> c.check().series())
                .collect(java.util.stream.Collectors.toSet());
        List<ClaimCheck> checks = ClaimsTable.compute(d, s -> named.contains(s.id()));
        List<ClaimRow> out = new ArrayList<>();
        int number = 1;
        for (Claim c : d.claims()) {
            out.add(row(d, c, number++, checks));
        }
        return out;
    }

    private static ClaimRow row(Dataset d, Claim c, int number, List<ClaimCheck> checks) {
        Set<Source> sources = new LinkedHashSet<>();
        List<Partnership> deals = c.partnerships().stream().map(id -> d.partnerships().stream()
                .filter(p -> p.id().equals(id)).findFirst()).flatMap(Optional::stream).toList();
        if (c.topic() == Claim.Topic.FIGURE && c.check() != null) {
            Optional<ClaimCheck> check = checks.stream()
                    .filter(k -> k.series().id().equals(c.check().series()) && k.claim().period().equals(c.check().period())
                            && (c.articleSource() == null ? k.fromArticle() : k.claimSource().id().equals(c.articleSource())))
                    .findFirst();
            if (check.isPresent()) {
                ClaimCheck k = check.get();
                sources.addAll(k.recordSources());
                c.sources().stream().map(d::source).flatMap(Optional::stream).forEach(sources::add);
                Claim.Verdict verdict = k.verdict() == ClaimCheck.Verdict.DOES_NOT_MATCH ? Claim.Verdict.DOES_NOT_MATCH
                        : Claim.Verdict.HOLDS;
                String record = k.recordText() + " (" + k.recordScope() + "); claimed " + k.claimText()
                        + (k.verdict() == ClaimCheck.Verdict.HOLDS ? "" : ", " + k.differenceText() + " ("
                                + Formats.signedPercent(k.differencePercent()) + ")") + ": " + k.verdict().words() + ".";
                return new ClaimRow(c, number, verdict, true, record,
                        orElse(c.claimScope(), k.claimScope()), orElse(c.recordScope(), k.recordScope()),
                        c.reasoning(), List.copyOf(sources), deals, check);
            }
            c.sources().stream().map(d::source).flatMap(Optional::stream).forEach(sources::add);
            return new ClaimRow(c, number, Claim.Verdict.UNCONFIRMED, true, "No record in the data for "
                    + d.series().stream().filter(s -> s.id().equals(c.check().series())).findFirst()
                            .map(s -> s.name() == null ? s.id() : s.name()).orElse(c.check().series())
                    + ", " + c.check().period().label() + ", or the article's figure is missing: nothing to hold it against.",
                    orElse(c.claimScope(), ""), orElse(c.recordScope(), ""), c.reasoning(), List.copyOf(sources), deals,
                    Optional.empty());
        }
        c.sources().stream().map(d::source).flatMap(Optional::stream).forEach(sources::add);
        if (c.topic() == Claim.Topic.ADVICE) {
            return new ClaimRow(c, number, null, true, advice(d), orElse(c.claimScope(), ""),
                    orElse(c.recordScope(), ""), c.reasoning(), List.copyOf(sources), deals, Optional.empty());
        }
        return new ClaimRow(c, number, c.verdict(), false, orElse(c.record(), ""), orElse(c.claimScope(), ""),
                orElse(c.recordScope(), ""), c.reasoning(), List.copyOf(sources), deals, Optional.empty());
    }

    /** What the watchlist holds today for the article's metrics: their own values, else their proxies'. */
    static String advice(Dataset d) {
        List<String> parts = new ArrayList<>();
        for (WatchMetric.ArticleMetric a : WatchMetric.ArticleMetric.values()) {
            Optional<WatchMetric> metric = d.watchlist().stream()
                    .filter(w -> w.articleMetric() == a && w.proxyFor() == null && w.company() != null
                            && WatchFigures.proxies(d, w).size() + w.points().size() > 0)
                    .findFirst()
                    .or(() -> d.watchlist().stream().filter(w -> w.articleMetric() == a && w.proxyFor() == null)
                            .findFirst());
            if (metric.isEmpty()) {
                parts.add(a.label() + ": not in the watchlist");
                continue;
            }
            WatchMetric w = metric.get();
            List<WatchFigures.Value> own = WatchFigures.values(d, w);
            if (!own.isEmpty()) {
                WatchFigures.Value last = own.get(own.size() - 1);
                parts.add(a.label() + ": " + WatchFigures.words(last.point(), w.unit()) + " (" + last.period().label()
                        + ")");
                continue;
            }
            List<String> proxies = new ArrayList<>();
            for (WatchMetric p : WatchFigures.proxies(d, w)) {
                List<WatchFigures.Value> v = WatchFigures.values(d, p);
                if (!v.isEmpty()) {
                    WatchFigures.Value last = v.get(v.size() - 1);
                    proxies.add(p.name() + " " + WatchFigures.words(last.point(), p.unit()) + " ("
                            + last.period().label() + ")");
                }
            }
            parts.add(a.label() + ": no published value" + (proxies.isEmpty() ? ", and no proxy with one"
                    : "; proxies: " + String.join("; ", proxies)));
        }
        return "Advice, not a statement of fact: tracked in the Watchlist. " + String.join(". ", parts) + ".";
    }

    /** "16 claims checked: 5 hold, 1 partly holds, 4 do not match, 3 unconfirmed, 2 with no source found; …". */
    public static String summary(List<ClaimRow> rows) {
        Map<Claim.Verdict, Integer> counts = new EnumMap<>(Claim.Verdict.class);
        int advice = 0;
        for (ClaimRow r : rows) {
            if (r.verdict() == null) {
                advice++;
            } else {
                counts.merge(r.verdict(), 1, Integer::sum);
            }
        }
        int statements = rows.size() - advice;
        List<String> parts = new ArrayList<>();
        for (Claim.Verdict v : Claim.Verdict.values()) {
            Integer n = counts.get(v);
            if (n != null) {
                parts.add(n + " " + counted(v, n));
            }
        }
        String s = statements + (statements == 1 ? " claim" : " claims") + " checked"
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        if (advice > 0) {
            s += "; " + advice + (advice == 1 ? " piece of advice, tracked in the Watchlist" : " pieces of advice, tracked"
                    + " in the Watchlist");
        }
        return s + ".";
    }

    /** "hold", "partly holds", "do not match": the verdict agreeing with its count. */
    static String counted(Claim.Verdict v, int n) {
        boolean one = n == 1;
        return switch (v) {
            case HOLDS -> one ? "holds" : "hold";
            case PARTLY_HOLDS -> one ? "partly holds" : "partly hold";
            case DOES_NOT_MATCH -> one ? "does not match" : "do not match";
            case UNCONFIRMED -> "unconfirmed";
            case NO_SOURCE_FOUND -> "with no source found";
        };
    }

    /** The filter's key for a row: its verdict's, or {@link #ADVICE}. */
    public static String key(ClaimRow r) {
        return r.verdict() == null ? ADVICE : r.verdict().name();
    }

    /** The filter's label for a key: "holds", "advice", "All claims". */
    public static String label(String key) {
        if (ALL.equals(key)) {
            return "All verdicts";
        }
        if (ADVICE.equals(key)) {
            return "advice (tracked)";
        }
        return Claim.Verdict.valueOf(key).words();
    }

    private static String orElse(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
