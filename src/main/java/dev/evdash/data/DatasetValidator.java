package dev.evdash.data;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Checks a dataset in two steps: its JSON against the shipped JSON Schema (types, required and unknown
 * fields, ranges, formats), then the bound records for what a schema cannot say (references between
 * sections, duplicate ids, units that do not fit the metric).
 */
public final class DatasetValidator {

    /** A problem before it is given its file and position. */
    public record Finding(String pointer, String message) {}

    public static final String SCHEMA_RESOURCE = "/dev/evdash/data/dataset.schema.json";

    public DatasetValidator() {}

    /**
     * Compiled on first use, once per process (a compiled schema is immutable and safe to share between
     * threads): reading the bundled dataset, checked at build time, never needs it.
     */
    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            try (InputStream in = schemaResource()) {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped schema's bytes, for both checks that compile it. */
    private static InputStream schemaResource() {
        InputStream in = DatasetValidator.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
        }
        return in;
    }

    private static Schema schema() {
        return Compiled.SCHEMA;
    }

    /**
     * The shipped schema interpreted over a token stream ({@link StreamingSchemaCheck}), compiled on first
     * use; null if the schema uses a keyword that check does not interpret, and then every file gets the
     * full check.
     */
    private static final class Streaming {
        static final StreamingSchemaCheck CHECK = compile();

        private static StreamingSchemaCheck compile() {
            try (InputStream in = schemaResource()) {
                return new StreamingSchemaCheck(tools.jackson.databind.json.JsonMapper.builder().build().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Whether the schema can be checked in one pass over the tokens, without a tree. */
    static boolean checksInOnePass() {
        return Streaming.CHECK != null;
    }

    /**
     * Whether {@code bytes} parse as {@code codec} reads them (its limits) with no key given twice in an
     * object (the pass finds those itself) and the schema accepts them, in one pass over their tokens and
     * without a tree. False says only that the full check ({@link #checkSchema}) must say what is wrong; it
     * may also be false for a document that check accepts, never true for one it refuses.
     */
    public boolean acceptsInOnePass(DatasetCodec codec, byte[] bytes, int offset, int length) {
        StreamingSchemaCheck check = Streaming.CHECK;
        return check != null && check.accepts(codec.factoryBesideCheck(), bytes, offset, length);
    }

    /** Schema violations, one finding per distinct pointer and message. */
    public List<Finding> checkSchema(JsonNode tree) {
        Set<Finding> findings = new LinkedHashSet<>();
        for (Error e : schema().validate(tree)) {
            if (e.getSchemaLocation().toString().contains("/series/oneOf/")) {
                continue; // the branches of the region-or-company rule: reported once, below
            }
            String pointer = e.getInstanceLocation().toString();
            String message = e.getMessage();
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                pointer = pointer + JsonPointer.empty().appendProperty(e.getProperty());
                message = "unknown property '" + e.getProperty() + "'";
            } else if ("oneOf".equals(e.getKeyword()) && e.getSchemaLocation().toString().contains("/series/")) {
                message = "a series names exactly one of 'region' or 'company' or 'brandGroup'";
            } else if (message.startsWith(pointer + ": ")) {
                message = message.substring(pointer.length() + 2);
            } else if (message.startsWith(pointer + " ")) {
                message = message.substring(pointer.length() + 1);
            }
            findings.add(new Finding(pointer, message));
        }
        if (findings.stream().noneMatch(f -> f.pointer().endsWith("/period"))) {
            checkPeriods(tree, findings); // only periods the pattern let through: one problem per period
        }
        return List.copyOf(findings);
    }

    /** Periods the pattern lets through but that are not periods (a run of months that ends before it starts). */
    private static void checkPeriods(JsonNode tree, Set<Finding> findings) {
        for (String section : List.of("series", "watchlist")) {
            JsonNode list = tree.path(section);
            for (int i = 0; i < list.size(); i++) {
                int item = i;
                JsonNode points = list.get(i).path("points");
                for (int j = 0; j < points.size(); j++) {
                    int point = j;
                    checkPeriod(points.get(j).path("period"), () -> "/" + section + "/" + item + "/points/" + point
                            + "/period", findings);
                }
                checkPeriod(list.get(i).path("target").path("period"), () -> "/" + section + "/" + item
                        + "/target/period", findings);
            }
        }
        JsonNode milestones = tree.path("milestones");
        for (int i = 0; i < milestones.size(); i++) {
            int m = i;
            checkPeriod(milestones.get(i).path("date"), () -> "/milestones/" + m + "/date", findings);
        }
        JsonNode claims = tree.path("claims");
        for (int i = 0; i < claims.size(); i++) {
            int c = i;
            checkPeriod(claims.get(i).path("check").path("period"), () -> "/claims/" + c + "/check/period", findings);
        }
    }

    /** {@code pointer} is made only for a period that is wrong: there is one per figure. */
    private static void checkPeriod(JsonNode period, java.util.function.Supplier<String> pointer,
            Set<Finding> findings) {
        if (!period.isString()) {
            return; // absent, or a type the schema already reported
        }
        try {
            Period.parse(period.asString());
        } catch (IllegalArgumentException e) {
            findings.add(new Finding(pointer.get(), e.getMessage()));
        }
    }

    /** What the schema cannot check: references, duplicates, units. Call on a schema-valid dataset. */
    public List<Finding> checkConsistency(Dataset d) {
        List<Finding> out = new ArrayList<>();
        Set<String> sourceIds = ids(d.sources(), Source::id, "/sources", "source", out);
        Set<String> companyIds = ids(d.companies(), Company::id, "/companies", "company", out);
        Set<String> regionIds = ids(d.regions(), Region::id, "/regions", "region", out);
        Set<String> groupIds = ids(d.brandGroups(), BrandGroup::id, "/brandGroups", "brand group", out);
        for (int i = 0; i < d.brandGroups().size(); i++) {
            String part = d.brandGroups().get(i).partOf();
            if (part != null && (!groupIds.contains(part) || part.equals(d.brandGroups().get(i).id()))) {
                out.add(new Finding("/brandGroups/" + i + "/partOf", "'" + part + "' is not another brand group"));
            }
        }
        ids(d.series(), Series::id, "/series", "series", out);
        if (d.sourcePriority() != null) {
            for (int i = 0; i < d.sourcePriority().size(); i++) {
                String entry = d.sourcePriority().get(i);
                if (!SourceKind.isKind(entry) && !sourceIds.contains(entry)) {
                    out.add(new Finding("/sourcePriority/" + i, "'" + entry + "' is neither a source kind ("
                            + String.join(", ", Dataset.DEFAULT_PRIORITY) + ") nor a source id"));
                }
            }
        }
        ids(d.partnerships(), Partnership::id, "/partnerships", "partnership", out);
        ids(d.watchlist(), WatchMetric::id, "/watchlist", "watchlist metric", out);

        for (int i = 0; i < d.series().size(); i++) {
            Series s = d.series().get(i);
            String at = "/series/" + i;
            if (s.unit() != s.metric().unit()) {
                out.add(new Finding(at + "/unit", "metric '" + jsonName(s.metric()) + "' is given in "
                        + jsonName(s.metric().unit()) + ", not " + jsonName(s.unit())));
            }
            if (s.company() != null && !companyIds.contains(s.company())) {
                out.add(new Finding(at + "/company", "unknown company '" + s.company() + "'"));
            }
            if (s.region() != null && !regionIds.contains(s.region())) {
                out.add(new Finding(at + "/region", "unknown region '" + s.region() + "' (regions are listed in"
                        + " 'regions')"));
            }
            if (s.brandGroup() != null && !groupIds.contains(s.brandGroup())) {
                out.add(new Finding(at + "/brandGroup", "unknown brand group '" + s.brandGroup() + "'"));
            }
            if (s.region() != null && s.market() != null) {
                out.add(new Finding(at + "/market", "'market' applies to company series, not to a region"));
            } else if (s.market() != null && !regionIds.contains(s.market())) {
                out.add(new Finding(at + "/market", "unknown region '" + s.market() + "' (regions are listed in"
                        + " 'regions')"));
            }
            checkPoints(s.points(), at, sourceIds, out);
        }
        for (int i = 0; i < d.partnerships().size(); i++) {
            Partnership p = d.partnerships().get(i);
            String at = "/partnerships/" + i;
            for (int j = 0; j < p.parties().size(); j++) {
                if (!companyIds.contains(p.parties().get(j))) {
                    out.add(new Finding(at + "/parties/" + j, "unknown company '" + p.parties().get(j) + "'"));
                }
            }
            for (int j = 0; j < p.sources().size(); j++) {
                if (!sourceIds.contains(p.sources().get(j))) {
                    out.add(new Finding(at + "/sources/" + j, "unknown source '" + p.sources().get(j) + "'"));
                }
            }
        }
        Set<String> metricIds = new HashSet<>();
        d.watchlist().forEach(w -> metricIds.add(w.id()));
        Set<String> seriesIds = new HashSet<>();
        d.series().forEach(s -> seriesIds.add(s.id()));
        Set<String> dealIds = new HashSet<>();
        d.partnerships().forEach(p -> dealIds.add(p.id()));
        ids(d.milestones(), Milestone::id, "/milestones", "milestone", out);
        ids(d.claims(), Claim::id, "/claims", "claim", out);
        for (int i = 0; i < d.milestones().size(); i++) {
            Milestone m = d.milestones().get(i);
            String at = "/milestones/" + i;
            if (!companyIds.contains(m.company())) {
                out.add(new Finding(at + "/company", "unknown company '" + m.company() + "'"));
            }
            if (m.metric() != null && !metricIds.contains(m.metric())) {
                out.add(new Finding(at + "/metric", "unknown watchlist metric '" + m.metric() + "'"));
            }
            refs(m.sources(), sourceIds, at + "/sources/", "source", out);
        }
        for (int i = 0; i < d.claims().size(); i++) {
            Claim c = d.claims().get(i);
            String at = "/claims/" + i;
            refs(c.sources(), sourceIds, at + "/sources/", "source", out);
            refs(c.partnerships(), dealIds, at + "/partnerships/", "partnership", out);
            if (!sourceIds.contains(c.articleSource())) {
                out.add(new Finding(at + "/articleSource", "unknown source '" + c.articleSource() + "'"));
            }
            if (c.check() != null && !seriesIds.contains(c.check().series())) {
                out.add(new Finding(at + "/check/series", "unknown series '" + c.check().series() + "'"));
            }
            if (c.check() == null && c.verdict() == null && c.topic() != Claim.Topic.ADVICE) {
                out.add(new Finding(at, "a claim has a verdict, or a check from which it is computed (advice may"
                        + " have neither)"));
            }
        }
        for (int i = 0; i < d.watchlist().size(); i++) {
            WatchMetric w = d.watchlist().get(i);
            String at = "/watchlist/" + i;
            if (w.proxyFor() != null && (!metricIds.contains(w.proxyFor()) || w.proxyFor().equals(w.id()))) {
                out.add(new Finding(at + "/proxyFor", "'" + w.proxyFor() + "' is not another watchlist metric"));
            }
            if (w.company() != null && !companyIds.contains(w.company())) {
                out.add(new Finding(at + "/company", "unknown company '" + w.company() + "'"));
            }
            if (w.target() != null && !sourceIds.contains(w.target().source())) {
                out.add(new Finding(at + "/target/source", "unknown source '" + w.target().source() + "'"));
            }
            checkPoints(w.points(), at, sourceIds, out);
        }
        return out;
    }

    private static void checkPoints(List<Point> points, String at, Set<String> sourceIds, List<Finding> out) {
        Map<PointKey, Integer> seen = new HashMap<>();
        for (int j = 0; j < points.size(); j++) {
            Point p = points.get(j);
            if (!sourceIds.contains(p.source())) {
                out.add(new Finding(at + "/points/" + j + "/source", "unknown source '" + p.source() + "'"));
            }
            if (p.high() != null && p.high() < p.value()) {
                out.add(new Finding(at + "/points/" + j + "/high", "the upper end of a range (" + plain(p.high())
                        + ") is below its lower end (" + plain(p.value()) + ")"));
            }
            Integer first = seen.putIfAbsent(new PointKey(p.period(), p.source(), p.status()), j);
            if (first != null) {
                out.add(new Finding(at + "/points/" + j, "second figure for " + p.period() + " from source '"
                        + p.source() + "' (first at " + at + "/points/" + first + ")"));
            }
        }
    }

    /** What makes two figures of one series the same figure given twice. */
    private record PointKey(Period period, String source, PointStatus status) {}

    private static void refs(List<String> ids, Set<String> known, String at, String what, List<Finding> out) {
        for (int j = 0; j < ids.size(); j++) {
            if (!known.contains(ids.get(j))) {
                out.add(new Finding(at + j, "unknown " + what + " '" + ids.get(j) + "'"));
            }
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static <T> Set<String> ids(
            List<T> items, Function<T, String> id, String at, String what, List<Finding> out) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!ids.add(id.apply(items.get(i)))) {
                out.add(new Finding(at + "/" + i + "/id", "duplicate " + what + " id '" + id.apply(items.get(i)) + "'"));
            }
        }
        return ids;
    }

    private static String jsonName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
