package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;

/**
 * A conflict a merge could not decide: both sides changed the same field of the same record differently,
 * or one deleted a record the other changed, or both added one id with different content. The merged
 * dataset keeps OURS at {@code pointer} and this record, until someone picks a value.
 *
 * @param pointer where in the merged dataset (a JSON pointer: {@code /series/4/points/12/value})
 * @param base the value both sides started from; absent where the record is new on both sides
 * @param ours the value of the side merged into (what the merged dataset holds); absent where it deleted it
 * @param theirs the other side's value; absent where it deleted it
 * @param why what happened, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"pointer", "why", "base", "ours", "theirs"})
public record MergeConflict(String pointer, String why, JsonNode base, JsonNode ours, JsonNode theirs) {

    /** As a problem of {@code file}, at its pointer (line and column where the caller knows them). */
    public Problem asProblem(String file) {
        return asProblem(file, 0, 0);
    }

    public Problem asProblem(String file, int line, int column) {
        return new Problem(file, line, column, pointer, "unresolved merge conflict: " + why + " (base " + show(base)
                + ", ours " + show(ours) + ", theirs " + show(theirs) + ")");
    }

    private static String show(JsonNode v) {
        if (v == null) {
            return "absent";
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
