package dev.evdash.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Large datasets shaped like the bundled one, for benchmarks: every source, company, series and
 * partnership of the bundled file copied {@code times} times in all, each copy under new ids
 * ({@code byd} and {@code byd-x2} …) with its references rewritten to the copies of the same round, so
 * the result is a valid dataset with the bundled one's mix of yearly, quarterly and monthly points,
 * conflicts and partnerships. Regions, brand groups, the watchlist, milestones and claims stay as they
 * are. Deterministic: the same {@code times} gives the same bytes. The figures are the bundled ones,
 * repeated; the file says in its name that it is a benchmark copy.
 */
public final class ScaledCopy {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ScaledCopy() {}

    /** The bundled dataset copied {@code times} times (1 gives it unchanged but for its name), as JSON. */
    public static String of(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        ObjectNode root;
        try (InputStream in = Objects.requireNonNull(DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE),
                "bundled dataset")) {
            root = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.put("name", root.path("name").asString("EVDash dataset") + " (benchmark copy, " + times + "×)");
        for (String section : new String[] {"sources", "companies", "series", "partnerships"}) {
            ArrayNode items = (ArrayNode) root.get(section);
            int original = items.size();
            for (int k = 2; k <= times; k++) {
                String suffix = "-x" + k;
                for (int i = 0; i < original; i++) {
                    items.add(copy(section, (ObjectNode) items.get(i), suffix));
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode copy(String section, ObjectNode item, String suffix) {
        ObjectNode c = item.deepCopy();
        c.put("id", c.get("id").asString() + suffix);
        switch (section) {
            case "series" -> {
                suffix(c, "company", suffix);
                for (JsonNode p : c.path("points")) {
                    suffix((ObjectNode) p, "source", suffix);
                }
            }
            case "partnerships" -> {
                suffixAll(c, "parties", suffix);
                suffixAll(c, "sources", suffix);
            }
            default -> { }
        }
        return c;
    }

    private static void suffix(ObjectNode o, String field, String suffix) {
        JsonNode v = o.get(field);
        if (v != null && v.isString()) {
            o.put(field, v.asString() + suffix);
        }
    }

    private static void suffixAll(ObjectNode o, String field, String suffix) {
        JsonNode v = o.get(field);
        if (v instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, a.get(i).asString() + suffix);
            }
        }
    }
}
