package dev.evdash.data.merge;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.MergeConflict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves recorded merge conflicts with the value picked for each: ours, theirs, base, or one typed in.
 * An absent value (the side that deleted the record or the field) removes it; a record ours deleted and
 * theirs changed ({@code /list/-}) comes back when theirs or base is picked. Resolved conflicts leave
 * {@link Dataset#mergeConflicts()}; the others stay.
 */
public final class ConflictResolution {

    /** What to keep at a conflict's pointer. */
    public enum Pick { OURS, THEIRS, BASE, EDITED }

    /** One decision; {@code edited} is the value typed in, for {@link Pick#EDITED}. */
    public record Choice(Pick pick, JsonNode edited) {
        public static Choice of(Pick pick) {
            return new Choice(pick, null);
        }

        /** A typed value: JSON where it reads as JSON (a number, true, an object), else the text itself. */
        public static Choice typed(String text) {
            JsonNode value;
            try {
                value = DatasetCodec.shared().readTree(text.strip());
            } catch (tools.jackson.core.JacksonException e) {
                value = null;
            }
            if (value == null || value.isMissingNode() || value.isNull()) {
                value = tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text);
            }
            return new Choice(Pick.EDITED, value);
        }

        JsonNode value(MergeConflict c) {
            return switch (pick) {
                case OURS -> c.ours();
                case THEIRS -> c.theirs();
                case BASE -> c.base();
                case EDITED -> edited;
            };
        }
    }

    private ConflictResolution() {}

    /** {@code merged} with each conflict in {@code choices} resolved; throws if the result does not bind. */
    public static Dataset resolve(DatasetCodec codec, Dataset merged, Map<MergeConflict, Choice> choices) {
        ObjectNode tree = (ObjectNode) codec.toTree(merged.withMergeConflicts(List.of()));
        List<MergeConflict> removals = new ArrayList<>();
        List<MergeConflict> appends = new ArrayList<>();
        for (Map.Entry<MergeConflict, Choice> e : choices.entrySet()) {
            MergeConflict c = e.getKey();
            JsonNode value = e.getValue().value(c);
            if (c.pointer().endsWith("/-")) {
                if (value != null) {
                    appends.add(c);
                }
            } else if (value == null) {
                removals.add(c);
            } else {
                set(tree, c.pointer(), value.deepCopy());
            }
        }
        // removing an element moves those after it: the last ones first
        removals.sort(Comparator.comparing((MergeConflict c) -> segments(c.pointer()), ConflictResolution::compare)
                .reversed());
        for (MergeConflict c : removals) {
            remove(tree, c.pointer());
        }
        for (MergeConflict c : appends) {
            JsonNode parent = tree.at(JsonPointer.compile(c.pointer()).head());
            if (parent instanceof ArrayNode a) {
                a.add(choices.get(c).value(c).deepCopy());
            }
        }
        List<MergeConflict> open = merged.mergeConflicts().stream().filter(c -> !choices.containsKey(c)).toList();
        return codec.fromTree(tree).withMergeConflicts(open);
    }

    private static void set(ObjectNode tree, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            int i = at.last().getMatchingIndex();
            if (i < a.size()) {
                a.set(i, value);
            } else {
                a.add(value);
            }
        }
    }

    private static void remove(ObjectNode tree, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            int i = at.last().getMatchingIndex();
            if (i < a.size()) {
                a.remove(i);
            }
        }
    }

    private static List<String> segments(String pointer) {
        return List.of(pointer.substring(1).split("/", -1));
    }

    /** Pointers in document order: numeric segments by number. */
    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = x.matches("\\d+") && y.matches("\\d+") ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
                    : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
