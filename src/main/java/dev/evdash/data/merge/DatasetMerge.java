package dev.evdash.data.merge;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.MergeConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Three-way merge of datasets record by record. Every list of records (sources, regions, brand groups,
 * companies, series, partnerships, watchlist metrics, milestones, claims, and any later one) is matched by
 * id; the points of a series or a watchlist metric by period, source and standing; every other field is a
 * value. For each record and each field:
 * <ul>
 *   <li>changed on one side only: that side's; the same change on both: taken once;</li>
 *   <li>added on one side: added; added on both, the same: once; added on both, different: a conflict;</li>
 *   <li>deleted on one side and unchanged on the other: deleted; deleted against an edit: a conflict;</li>
 *   <li>changed differently on both sides: a conflict.</li>
 * </ul>
 * A conflict keeps OURS and is recorded in the merged dataset ({@link Dataset#mergeConflicts()}) with the
 * three values, to be resolved later; nothing is decided silently. A record deleted on one side that the
 * other still refers to (a source a new figure cites) is kept, and that is a conflict named as such. The
 * result's order is OURS', with THEIRS' additions after, so merging the same three gives the same bytes.
 */
public final class DatasetMerge {

    /** What a merge did, in counts: records and fields taken from each side, and conflicts. */
    public record Summary(int fromOurs, int fromTheirs, int conflicts, List<String> fromTheirsWords,
            List<String> fromOursWords) {
        /** "2 changes from theirs (…), 1 change of ours kept (…); 1 conflict": for a status line. */
        public String words() {
            StringBuilder b = new StringBuilder();
            b.append(fromTheirs).append(fromTheirs == 1 ? " change" : " changes").append(" from theirs");
            list(b, fromTheirsWords);
            b.append(", ").append(fromOurs).append(fromOurs == 1 ? " change" : " changes").append(" of ours kept");
            list(b, fromOursWords);
            b.append("; ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts");
            return b.toString();
        }

        private static void list(StringBuilder b, List<String> words) {
            if (!words.isEmpty()) {
                b.append(" (").append(String.join("; ", words.subList(0, Math.min(5, words.size()))))
                        .append(words.size() > 5 ? "; …" : "").append(')');
            }
        }
    }

    /** The merged dataset (with its conflicts recorded in it) and what the merge did. */
    public record Result(Dataset merged, Summary summary) {
        public boolean clean() {
            return merged.mergeConflicts().isEmpty();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Ids of these kinds of records are referred to from elsewhere: a deletion must not leave a reference. */
    private static final List<String> REFERABLE = List.of("sources", "regions", "brandGroups", "companies", "series",
            "partnerships", "watchlist");

    private final DatasetCodec codec;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<String> theirsWords = new ArrayList<>();
    private final List<String> oursWords = new ArrayList<>();
    private int fromOurs;
    private int fromTheirs;

    private DatasetMerge(DatasetCodec codec) {
        this.codec = codec;
    }

    public static Result merge(Dataset base, Dataset ours, Dataset theirs) {
        return merge(DatasetCodec.shared(), base, ours, theirs);
    }

    public static Result merge(DatasetCodec codec, Dataset base, Dataset ours, Dataset theirs) {
        DatasetMerge m = new DatasetMerge(codec);
        ObjectNode b = (ObjectNode) codec.toTree(base.withMergeConflicts(List.of()));
        ObjectNode o = (ObjectNode) codec.toTree(ours.withMergeConflicts(List.of()));
        ObjectNode t = (ObjectNode) codec.toTree(theirs.withMergeConflicts(List.of()));
        ObjectNode merged = m.mergeObject("", "the dataset", b, o, t, true);
        m.keepReferenced(merged, b, o, t);
        List<MergeConflict> all = new ArrayList<>(ours.mergeConflicts()); // conflicts still open on our side stay
        all.addAll(m.conflicts);
        Dataset result = codec.fromTree(merged).withMergeConflicts(all);
        return new Result(result, new Summary(m.fromOurs, m.fromTheirs, m.conflicts.size(), List.copyOf(m.theirsWords),
                List.copyOf(m.oursWords)));
    }

    /** Field by field; {@code top} for the dataset itself, whose arrays are lists of records. */
    private ObjectNode mergeObject(String pointer, String what, ObjectNode base, ObjectNode ours, ObjectNode theirs,
            boolean top) {
        ObjectNode out = NODES.objectNode();
        Set<String> names = new LinkedHashSet<>();
        ours.propertyNames().forEach(names::add);
        theirs.propertyNames().forEach(names::add);
        if (base != null) {
            base.propertyNames().forEach(names::add);
        }
        for (String name : names) {
            JsonNode b = base == null ? null : base.get(name);
            JsonNode o = ours.get(name);
            JsonNode t = theirs.get(name);
            String p = pointer + JsonPointer.empty().appendProperty(name);
            JsonNode merged;
            boolean points = name.equals("points") && (o == null || o.isArray()) && (t == null || t.isArray());
            if (points || isRecordList(name, o, t, b)) {
                merged = mergeRecords(p, name, what, array(b), array(o), array(t));
            } else {
                merged = mergeValue(p, "the " + name + " of " + what, b, o, t);
            }
            if (merged != null) {
                out.set(name, merged);
            }
        }
        return out;
    }

    /** A list of records: every element an object with an id (top-level lists always are). */
    private static boolean isRecordList(String name, JsonNode... sides) {
        boolean any = false;
        for (JsonNode n : sides) {
            if (n == null) {
                continue;
            }
            if (!n.isArray()) {
                return false;
            }
            for (JsonNode e : n) {
                if (!e.isObject() || !e.has("id")) {
                    return false;
                }
                any = true;
            }
        }
        return any || REFERABLE.contains(name) || name.equals("milestones") || name.equals("claims");
    }

    private static ArrayNode array(JsonNode n) {
        return n instanceof ArrayNode a ? a : NODES.arrayNode();
    }

    /** The identity of a record in its list: its id; for a point, its period, source and standing. */
    private static String key(String list, JsonNode record) {
        if (list.equals("points")) {
            return record.path("period").asString("") + "|" + record.path("source").asString("") + "|"
                    + record.path("status").asString("");
        }
        return record.path("id").asString("");
    }

    private ArrayNode mergeRecords(String pointer, String list, String within, ArrayNode base, ArrayNode ours,
            ArrayNode theirs) {
        Map<String, JsonNode> b = index(list, base);
        Map<String, JsonNode> o = index(list, ours);
        Map<String, JsonNode> t = index(list, theirs);
        List<String> order = new ArrayList<>(o.keySet());
        for (String k : t.keySet()) {
            if (!o.containsKey(k) && !b.containsKey(k)) {
                order.add(k); // added by theirs
            }
        }
        for (String k : b.keySet()) {
            if (!o.containsKey(k) && t.containsKey(k) && !Objects.equals(b.get(k), t.get(k))) {
                order.add(k); // deleted by ours, changed by theirs: a conflict; ours (deleted) is kept below
            }
        }
        ArrayNode out = NODES.arrayNode();
        for (String k : order) {
            JsonNode bk = b.get(k);
            JsonNode ok = o.get(k);
            JsonNode tk = t.get(k);
            String p = pointer + "/" + out.size();
            String what = describe(list, k, ok != null ? ok : tk != null ? tk : bk)
                    + (list.equals("points") ? " of " + within : "");
            if (ok != null && tk != null) {
                if (ok.equals(tk)) {
                    out.add(ok);
                } else if (bk == null) {
                    // both added one id with different content: ours is kept, the clash recorded
                    conflicts.add(new MergeConflict(p, "both sides added " + what + ", differently", null, ok, tk));
                    out.add(ok);
                } else if (ok.isObject() && tk.isObject()) {
                    out.add(mergeObject(p, what, (ObjectNode) bk, (ObjectNode) ok, (ObjectNode) tk, false));
                } else {
                    out.add(mergeValue(p, what, bk, ok, tk));
                }
            } else if (ok != null) {
                if (bk == null) {
                    out.add(ok); // added by ours
                    fromOurs++;
                    oursWords.add("added " + what);
                } else if (ok.equals(bk)) {
                    fromTheirs++; // deleted by theirs, unchanged by ours: deleted
                    theirsWords.add("deleted " + what);
                } else {
                    conflicts.add(new MergeConflict(p, "theirs deleted " + what + ", which ours changed", bk, ok, null));
                    out.add(ok);
                }
            } else if (tk != null) {
                if (bk == null) {
                    out.add(tk); // added by theirs
                    fromTheirs++;
                    theirsWords.add("added " + what);
                } else if (!tk.equals(bk)) {
                    // deleted by ours, changed by theirs: ours is kept (deleted), the change recorded
                    conflicts.add(new MergeConflict(pointer + "/-", "ours deleted " + what + ", which theirs changed",
                            bk, null, tk));
                } else {
                    fromOurs++; // deleted by ours, unchanged by theirs
                    oursWords.add("deleted " + what);
                }
            }
        }
        return out;
    }

    private static Map<String, JsonNode> index(String list, ArrayNode records) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode r : records) {
            m.putIfAbsent(key(list, r), r);
        }
        return m;
    }

    /** A plain field (or a record both sides hold): three-way on the whole value. */
    private JsonNode mergeValue(String pointer, String what, JsonNode base, JsonNode ours, JsonNode theirs) {
        if (Objects.equals(ours, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            if (theirs != null || ours != null) {
                fromTheirs++;
                theirsWords.add("changed " + what);
            }
            return theirs;
        }
        if (Objects.equals(base, theirs)) {
            fromOurs++;
            oursWords.add("changed " + what);
            return ours;
        }
        conflicts.add(new MergeConflict(pointer, ours == null ? "ours removed " + what + ", theirs changed it"
                : theirs == null ? "theirs removed " + what + ", ours changed it"
                : "both sides changed " + what + " differently", base, ours, theirs));
        return ours;
    }

    /**
     * Records one side deleted that the merged data still refers to are kept, and each is a conflict: a
     * source deleted by one side while the other added a figure citing it.
     */
    private void keepReferenced(ObjectNode merged, ObjectNode base, ObjectNode ours, ObjectNode theirs) {
        Set<String> referred = new LinkedHashSet<>();
        collectReferences(merged, referred);
        for (String list : REFERABLE) {
            ArrayNode records = merged.get(list) instanceof ArrayNode a ? a : null;
            if (records == null) {
                continue;
            }
            Set<String> have = new LinkedHashSet<>();
            records.forEach(r -> have.add(r.path("id").asString("")));
            for (ObjectNode side : List.of(ours, theirs, base)) {
                for (JsonNode r : array(side.get(list))) {
                    String id = r.path("id").asString("");
                    if (!have.contains(id) && referred.contains(list + ":" + id)) {
                        String deleter = array(ours.get(list)).valueStream().anyMatch(x -> id.equals(x.path("id").asString()))
                                ? "theirs" : "ours";
                        conflicts.add(new MergeConflict("/" + list + "/" + records.size(), deleter + " deleted "
                                + describe(list, id, r) + ", which the other side's records still refer to; it is kept",
                                r, deleter.equals("ours") ? null : r, deleter.equals("theirs") ? null : r));
                        records.add(r);
                        have.add(id);
                    }
                }
            }
        }
    }

    /** "sources:x", "companies:byd" … for every id the records refer to. */
    private static void collectReferences(ObjectNode d, Set<String> out) {
        for (JsonNode s : array(d.get("series"))) {
            ref(out, "companies", s.get("company"));
            ref(out, "regions", s.get("region"));
            ref(out, "regions", s.get("market"));
            ref(out, "brandGroups", s.get("brandGroup"));
            for (JsonNode p : array(s.get("points"))) {
                ref(out, "sources", p.get("source"));
            }
        }
        for (JsonNode p : array(d.get("partnerships"))) {
            array(p.get("parties")).forEach(x -> ref(out, "companies", x));
            array(p.get("sources")).forEach(x -> ref(out, "sources", x));
        }
        for (JsonNode w : array(d.get("watchlist"))) {
            ref(out, "companies", w.get("company"));
            ref(out, "watchlist", w.get("proxyFor"));
            ref(out, "sources", w.path("target").get("source"));
            for (JsonNode p : array(w.get("points"))) {
                ref(out, "sources", p.get("source"));
            }
        }
        for (JsonNode m : array(d.get("milestones"))) {
            ref(out, "companies", m.get("company"));
            ref(out, "watchlist", m.get("metric"));
            array(m.get("sources")).forEach(x -> ref(out, "sources", x));
        }
        for (JsonNode c : array(d.get("claims"))) {
            ref(out, "series", c.path("check").get("series"));
            array(c.get("sources")).forEach(x -> ref(out, "sources", x));
            array(c.get("partnerships")).forEach(x -> ref(out, "partnerships", x));
            ref(out, "sources", c.get("articleSource"));
        }
        for (JsonNode g : array(d.get("brandGroups"))) {
            ref(out, "brandGroups", g.get("partOf"));
        }
    }

    private static void ref(Set<String> out, String list, JsonNode id) {
        if (id != null && id.isString()) {
            out.add(list + ":" + id.asString());
        }
    }

    private static String describe(String list, String key, JsonNode record) {
        return switch (list) {
            case "points" -> "the figure " + key.replace('|', ' ').strip();
            case "sources" -> "source " + key;
            case "companies" -> "company " + key;
            case "series" -> "series " + key;
            case "partnerships" -> "partnership " + key;
            case "watchlist" -> "watchlist metric " + key;
            case "milestones" -> "milestone " + key;
            case "claims" -> "claim " + key;
            case "regions" -> "region " + key;
            case "brandGroups" -> "brand group " + key;
            default -> list + " " + key;
        };
    }
}
