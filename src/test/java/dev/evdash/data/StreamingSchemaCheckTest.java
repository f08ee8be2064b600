package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one-pass schema check against the full one (networknt's validator on a tree): it must never accept a
 * document the full check refuses, and should accept the documents it accepts.
 */
class StreamingSchemaCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DatasetCodec CODEC = new DatasetCodec();
    private static final DatasetValidator VALIDATOR = new DatasetValidator();
    private static byte[] bundled;

    @BeforeAll
    static void readBundled() throws IOException {
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            bundled = in.readAllBytes();
        }
    }

    private static boolean onePass(byte[] bytes) {
        // as the reader runs it: on a parser that leaves keys given twice to the pass
        return VALIDATOR.acceptsInOnePass(CODEC, bytes, 0, bytes.length);
    }

    /** The full check's findings; a parse error counts as one. */
    private static List<DatasetValidator.Finding> full(byte[] bytes) {
        JsonNode tree;
        try {
            tree = CODEC.readTree(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            return List.of(new DatasetValidator.Finding("", "does not parse: " + e.getMessage()));
        }
        return VALIDATOR.checkSchema(tree);
    }

    @Test
    void interpretsEveryKeywordOfTheShippedSchema() {
        assertThat(DatasetValidator.checksInOnePass()).isTrue();
    }

    @Test
    void acceptsTheBundledDatasetAndItsScaledCopies() {
        assertThat(onePass(bundled)).isTrue();
        assertThat(onePass(ScaledCopy.of(3).getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void refusesWhatTheConditionalRulesOfTheSchemaForbid() {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled);
        // a percentage above 100 in a series whose unit is percent (if/then)
        ObjectNode percent = firstSeries(root, "percent");
        ((ObjectNode) percent.get("points").get(0)).put("value", 150);
        assertRefusedByBoth(root, "a percentage of 150");

        root = (ObjectNode) JSON.readTree(bundled);
        ObjectNode vehicles = firstSeries(root, "vehicles");
        ((ObjectNode) vehicles.get("points").get(0)).put("value", -5);
        assertRefusedByBoth(root, "a negative count of vehicles");

        root = (ObjectNode) JSON.readTree(bundled);
        ObjectNode series = (ObjectNode) root.get("series").get(0);
        series.put("company", "bmw"); // beside its region: oneOf
        assertRefusedByBoth(root, "a series with both a region and a company");

        root = (ObjectNode) JSON.readTree(bundled);
        series = (ObjectNode) root.get("series").get(0);
        series.remove("region");
        series.remove("company");
        series.remove("brandGroup");
        assertRefusedByBoth(root, "a series with neither");

        root = (ObjectNode) JSON.readTree(bundled);
        root.put("schemaVersion", 2);
        root.remove("regions");
        assertRefusedByBoth(root, "version 2 without regions");

        root = (ObjectNode) JSON.readTree(bundled);
        for (JsonNode m : root.get("watchlist")) {
            if (m.has("proxyFor")) {
                ((ObjectNode) m).remove("proxyNote");
                break;
            }
        }
        assertRefusedByBoth(root, "a proxy without its note (dependentRequired)");

        root = (ObjectNode) JSON.readTree(bundled);
        ArrayNode parties = (ArrayNode) root.get("partnerships").get(0).get("parties");
        parties.add(parties.get(0).asString());
        assertRefusedByBoth(root, "a party named twice (uniqueItems)");
    }

    @Test
    void refusesKeysGivenTwiceAndTrailingTokens() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        byte[] twice = text.replaceFirst("\"name\":", "\"name\": \"x\", \"name\":").getBytes(StandardCharsets.UTF_8);
        assertThat(onePass(twice)).isFalse();
        // deeper: in a figure of a series
        byte[] inAFigure = text.replaceFirst("\"value\":", "\"value\": 1, \"value\":").getBytes(StandardCharsets.UTF_8);
        assertThat(full(inAFigure)).as("the full check refuses it").isNotEmpty();
        assertThat(onePass(inAFigure)).isFalse();
        assertThat(onePass((text + " {}").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(onePass("[]".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    /**
     * Keys given twice are the pass's own to find (the reader's parser leaves them to it): in an object a
     * schema looks into, in one no schema looks into, and in an object of many keys.
     */
    @Test
    void findsKeysGivenTwiceWhereverTheyAre() {
        StreamingSchemaCheck check = new StreamingSchemaCheck(JSON.readTree(
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"object\"}}}"));
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            wide.append("\"k").append(i).append("\": ").append(i).append(", ");
        }
        String[][] twiceAndOnce = {
            {"{\"a\": {\"x\": 1}, \"a\": {}}", "{\"a\": {\"x\": 1}, \"b\": {}}"},
            {"{\"a\": {\"x\": 1, \"x\": 2}}", "{\"a\": {\"x\": 1, \"y\": 2}}"},
            {"{\"b\": [{\"x\": 1, \"y\": {\"z\": 0, \"z\": 0}}]}", "{\"b\": [{\"x\": 1, \"y\": {\"z\": 0, \"w\": 0}}]}"},
            {wide + "\"k7\": 0}", wide + "\"k100\": 0}"},
            {"{\"b\": " + wide + "\"k99\": 0}}", "{\"b\": " + wide + "\"k100\": 0}}"},
            {"{\"a\": " + wide + "\"k0\": {}}, \"c\": {\"k0\": 1}}", "{\"a\": " + wide + "\"k100\": {}}, \"c\": {\"k0\": 1}}"},
        };
        for (String[] pair : twiceAndOnce) {
            byte[] twice = pair[0].getBytes(StandardCharsets.UTF_8);
            assertThat(check.accepts(CODEC.factoryBesideCheck(), twice, 0, twice.length)).as(pair[0]).isFalse();
            byte[] once = pair[1].getBytes(StandardCharsets.UTF_8);
            assertThat(check.accepts(CODEC.factoryBesideCheck(), once, 0, once.length)).as(pair[1]).isTrue();
        }
    }

    /**
     * Mutants of the bundled dataset, one to three random changes each (a value of another type, out of
     * range, emptied or renamed, a property removed or added, an item repeated): whatever the full check
     * refuses, the one-pass check refuses too; and it accepts nearly all that the full check accepts.
     */
    @Test
    void neverAcceptsWhatTheFullCheckRefuses() {
        Random random = new Random(2026);
        int refusedByFull = 0;
        int acceptedByBoth = 0;
        int acceptedByFullOnly = 0;
        for (int round = 0; round < 400; round++) {
            ObjectNode root = (ObjectNode) JSON.readTree(bundled);
            int changes = 1 + random.nextInt(3);
            List<String> what = new ArrayList<>();
            for (int c = 0; c < changes; c++) {
                what.add(mutate(root, random));
            }
            byte[] bytes = JSON.writeValueAsBytes(root);
            boolean fullOk = full(bytes).isEmpty();
            boolean quick = onePass(bytes);
            assertThat(!quick || fullOk).as("accepted in one pass, refused in full: %s (%s)", what, full(bytes))
                    .isTrue();
            if (!fullOk) {
                refusedByFull++;
            } else if (quick) {
                acceptedByBoth++;
            } else {
                acceptedByFullOnly++;
            }
        }
        System.out.printf("one-pass schema check on 400 mutants: %d refused by both, %d accepted by both, "
                + "%d accepted only by the full check%n", refusedByFull, acceptedByBoth, acceptedByFullOnly);
        assertThat(refusedByFull).as("mutants the full check refuses").isGreaterThan(150);
        assertThat(acceptedByFullOnly).as("valid mutants read twice").isLessThanOrEqualTo(acceptedByBoth / 10);
    }

    private static ObjectNode firstSeries(ObjectNode root, String unit) {
        for (JsonNode s : root.get("series")) {
            if (unit.equals(s.path("unit").asString()) && s.path("points").size() > 0) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no " + unit + " series");
    }

    private static void assertRefusedByBoth(ObjectNode root, String what) {
        byte[] bytes = JSON.writeValueAsBytes(root);
        assertThat(full(bytes)).as("full check: " + what).isNotEmpty();
        assertThat(onePass(bytes)).as("one pass: " + what).isFalse();
    }

    /** Makes one random change somewhere in the tree; says what it did. */
    private static String mutate(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            if (names.isEmpty() || random.nextInt(6) == 0) {
                o.put("unknownField", 1);
                return "unknown property added";
            }
            String name = names.get(random.nextInt(names.size()));
            return name + ": " + change(random, o.get(name), v -> o.set(name, v), () -> o.remove(name),
                    () -> o.set(name + "X", o.remove(name)));
        }
        ArrayNode a = (ArrayNode) target;
        if (a.isEmpty()) {
            a.add(NODES.stringNode("x"));
            return "item added to an empty list";
        }
        int i = random.nextInt(a.size());
        if (random.nextInt(5) == 0) {
            a.add(a.get(i).deepCopy());
            return "item repeated";
        }
        return "[" + i + "]: " + change(random, a.get(i), v -> a.set(i, v), () -> a.remove(i), () -> a.remove(i));
    }

    private static String change(Random random, JsonNode old, java.util.function.Consumer<JsonNode> set, Runnable remove,
            Runnable rename) {
        switch (random.nextInt(14)) {
            case 0 -> { remove.run(); return "removed"; }
            case 1 -> { rename.run(); return "renamed"; }
            case 2 -> { set.accept(NODES.stringNode("")); return "empty string"; }
            case 3 -> { set.accept(NODES.stringNode("not an id!")); return "odd string"; }
            case 4 -> { set.accept(NODES.numberNode(-1)); return "-1"; }
            case 5 -> { set.accept(NODES.numberNode(150.5)); return "150.5"; }
            case 6 -> { set.accept(NODES.numberNode(2.0)); return "2.0"; }
            case 7 -> { set.accept(NODES.booleanNode(true)); return "true"; }
            case 8 -> { set.accept(NODES.nullNode()); return "null"; }
            case 9 -> { set.accept(NODES.objectNode()); return "{}"; }
            case 10 -> { set.accept(NODES.arrayNode()); return "[]"; }
            case 11 -> { set.accept(NODES.stringNode("2024-13")); return "2024-13"; }
            case 12 -> { set.accept(NODES.stringNode("x".repeat(400))); return "a long string"; }
            default -> {
                if (old.isNumber()) {
                    set.accept(NODES.numberNode(old.doubleValue() * 1000 + 1));
                    return "number ×1000";
                }
                if (old.isString()) {
                    set.accept(NODES.stringNode(old.asString() + " "));
                    return "string + space";
                }
                set.accept(NODES.numberNode(7));
                return "7";
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isObject() || n.isArray()) {
            out.add(n);
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    collect(e.getValue(), out);
                }
            } else {
                n.forEach(c -> collect(c, out));
            }
        }
    }
}
