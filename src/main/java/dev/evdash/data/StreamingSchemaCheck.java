package dev.evdash.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Says whether bytes are a document the shipped JSON Schema accepts, in one pass over their tokens: no tree
 * is built, and the parser's own checks (well-formed JSON, a key given twice, the reading limits) run in
 * the same pass. It interprets the schema file itself, the one description of the format, for the keywords
 * that file uses; a schema with any other assertion keyword is refused when compiled, so that nothing is
 * ever checked by halves.
 *
 * <p>It answers yes or no and never says why: a document it refuses is read again by the full check
 * (networknt's validator on a tree, {@link DatasetValidator}), whose messages and JSON pointers the user
 * sees. So it must refuse everything that check refuses; where the two could differ it refuses (a
 * {@code 2.0} where an integer is asked for, an object given to {@code enum} or {@code uniqueItems}),
 * which costs only time. {@code StreamingSchemaCheckTest} holds it against networknt on mutated datasets.
 */
final class StreamingSchemaCheck {

    /** Keywords that assert nothing: documentation and identifiers. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "deprecated", "$defs", "definitions");

    private final JsonNode document;
    private final Map<JsonNode, Node> compiled = new IdentityHashMap<>();
    private final Node root;
    /** Plans for a set of schemas that apply to one value, shared by every value they apply to. */
    private final Map<List<Node>, Plan> plans = new ConcurrentHashMap<>();
    /** How many schemas have a pattern: each walk has a matcher for each. */
    private int patterns;

    /** The JSON types, as bits: a number value is a {@code NUMBER}, an integral one also an {@code INTEGER}. */
    private static final int OBJECT = 1;
    private static final int ARRAY = 2;
    private static final int STRING = 4;
    private static final int NUMBER = 8;
    private static final int INTEGER = 16;
    private static final int BOOLEAN = 32;
    private static final int NULL = 64;

    /** Throws {@link IllegalArgumentException} for a schema this check cannot interpret in full. */
    StreamingSchemaCheck(JsonNode schema) {
        this.document = schema;
        this.root = compile(schema);
        // a reference compiles its target, whose own references need resolving in turn: until none is new
        Set<Node> resolved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (boolean more = true; more; ) {
            more = false;
            for (Node n : new ArrayList<>(compiled.values())) {
                if (resolved.add(n)) {
                    n.resolve();
                    more = true;
                }
            }
        }
    }

    /** Whether {@code bytes} (UTF-8 JSON, {@code length} from {@code offset}) parse and the schema accepts them. */
    boolean accepts(JsonFactory factory, byte[] bytes, int offset, int length) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            if (p.nextToken() == null) {
                return false;
            }
            Walk w = new Walk(patterns);
            boolean ok = w.flags[plan(List.of(root)).check(p, w)];
            return p.nextToken() == null && ok;
        } catch (JacksonException | ArithmeticException | NumberFormatException | KeyGivenTwice e) {
            return false;
        }
    }

    private Plan plan(List<Node> roots) {
        Plan p = plans.get(roots);
        if (p == null) {
            p = new Plan(roots);
            plans.put(roots, p);
        }
        return p;
    }

    private Node compile(JsonNode s) {
        Node n = compiled.get(s);
        if (n == null) {
            n = new Node(s);
            compiled.put(s, n);
            n.read();
        }
        return n;
    }

    /** One schema of the file, its keywords read once. */
    private final class Node {
        final JsonNode json;
        boolean alwaysFalse;
        List<JsonNode> allowed; // enum, or const as a list of one
        List<JsonNode> alsoAllowed; // const beside enum: both must hold
        BigDecimal minimum;
        BigDecimal maximum;
        int minLength = -1;
        int maxLength = -1;
        Pattern pattern;
        /** Which of the walk's matchers is this pattern's. */
        int patternIndex = -1;
        /** The types {@code type} allows, as bits ({@link #OBJECT} …); every type when it is not given. */
        int typeMask = ~0;
        /** Strings already held against {@link #pattern}: a dataset repeats its periods, units and references. */
        Map<String, Boolean> matched;
        /** The strings {@link #allowed} (and {@link #alsoAllowed}) let through: a string value is allowed when one equals it. */
        Set<String> allowedStrings;
        Map<String, Node> properties;
        Node additional;
        List<String> required;
        Map<String, List<String>> dependentRequired;
        Node items;
        int minItems = -1;
        int maxItems = -1;
        boolean uniqueItems;
        List<Node> allOf;
        List<Node> anyOf;
        List<Node> oneOf;
        Node ifSchema;
        Node thenSchema;
        Node elseSchema;
        Node not;
        String refText;
        Node ref;

        Node(JsonNode json) {
            this.json = json;
        }

        void read() {
            if (json.isBoolean()) {
                alwaysFalse = !json.booleanValue();
                return;
            }
            if (!json.isObject()) {
                throw new IllegalArgumentException("a schema is an object or a boolean: " + json);
            }
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                String k = e.getKey();
                JsonNode v = e.getValue();
                switch (k) {
                    case "type" -> {
                        typeMask = 0;
                        if (v.isArray()) {
                            v.forEach(t -> typeMask |= typeBit(t.asString()));
                        } else {
                            typeMask = typeBit(v.asString());
                        }
                    }
                    case "enum" -> {
                        List<JsonNode> values = new ArrayList<>();
                        v.forEach(values::add);
                        allowed = allowed == null ? values : and(values);
                    }
                    case "const" -> allowed = allowed == null ? List.of(v) : and(List.of(v));
                    case "minimum" -> minimum = v.decimalValue();
                    case "maximum" -> maximum = v.decimalValue();
                    case "minLength" -> minLength = v.intValue();
                    case "maxLength" -> maxLength = v.intValue();
                    case "pattern" -> {
                        pattern = Pattern.compile(v.asString());
                        patternIndex = patterns++;
                        matched = new ConcurrentHashMap<>();
                    }
                    case "properties" -> {
                        properties = new HashMap<>();
                        for (Map.Entry<String, JsonNode> p : v.properties()) {
                            properties.put(p.getKey(), compile(p.getValue()));
                        }
                    }
                    case "additionalProperties" -> additional = compile(v);
                    case "required" -> {
                        required = new ArrayList<>();
                        v.forEach(r -> required.add(r.asString()));
                    }
                    case "dependentRequired" -> {
                        dependentRequired = new HashMap<>();
                        for (Map.Entry<String, JsonNode> d : v.properties()) {
                            List<String> names = new ArrayList<>();
                            d.getValue().forEach(r -> names.add(r.asString()));
                            dependentRequired.put(d.getKey(), names);
                        }
                    }
                    case "items" -> {
                        if (!v.isObject() && !v.isBoolean()) {
                            throw new IllegalArgumentException("items as a list is not interpreted");
                        }
                        items = compile(v);
                    }
                    case "minItems" -> minItems = v.intValue();
                    case "maxItems" -> maxItems = v.intValue();
                    case "uniqueItems" -> uniqueItems = v.booleanValue();
                    case "allOf" -> allOf = list(v);
                    case "anyOf" -> anyOf = list(v);
                    case "oneOf" -> oneOf = list(v);
                    case "if" -> ifSchema = compile(v);
                    case "then" -> thenSchema = compile(v);
                    case "else" -> elseSchema = compile(v);
                    case "not" -> not = compile(v);
                    case "$ref" -> refText = v.asString();
                    default -> {
                        if (!ANNOTATIONS.contains(k)) {
                            throw new IllegalArgumentException("keyword not interpreted: " + k);
                        }
                    }
                }
            }
            if (allowed != null) {
                Set<String> strings = strings(allowed);
                if (alsoAllowed != null) {
                    strings.retainAll(strings(alsoAllowed));
                }
                allowedStrings = Set.copyOf(strings);
            }
        }

        /** A JSON Schema type's bit; 0 for a type no value has, so that nothing of its schema passes. */
        private static int typeBit(String type) {
            return switch (type) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "number" -> NUMBER;
                case "integer" -> INTEGER;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                default -> 0;
            };
        }

        private static Set<String> strings(List<JsonNode> values) {
            Set<String> out = new HashSet<>();
            values.stream().filter(JsonNode::isString).forEach(v -> out.add(v.asString()));
            return out;
        }

        /** enum and const together: what both allow (kept as the first list, each checked against the second). */
        private List<JsonNode> and(List<JsonNode> more) {
            alsoAllowed = more;
            return allowed;
        }

        private List<Node> list(JsonNode v) {
            List<Node> out = new ArrayList<>();
            v.forEach(s -> out.add(compile(s)));
            return out;
        }

        void resolve() {
            if (refText == null) {
                return;
            }
            if (!refText.startsWith("#/")) {
                throw new IllegalArgumentException("only references within the schema are interpreted: " + refText);
            }
            JsonNode target = document.at(refText.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference: " + refText);
            }
            ref = compile(target);
        }

        /** The schemas that apply to the same value as this one. */
        void inPlace(List<Node> out) {
            if (ref != null) {
                out.add(ref);
            }
            addAll(out, allOf);
            addAll(out, anyOf);
            addAll(out, oneOf);
            for (Node n : new Node[] {ifSchema, thenSchema, elseSchema, not}) {
                if (n != null) {
                    out.add(n);
                }
            }
        }

        private void addAll(List<Node> out, List<Node> nodes) {
            if (nodes != null) {
                out.addAll(nodes);
            }
        }

        boolean hasStructure() {
            return properties != null || additional != null || items != null;
        }
    }

    /**
     * The schemas that apply to one value, closed under the in-place applicators ($ref, allOf, anyOf,
     * oneOf, if, then, else, not), and what applies to each of its properties or items.
     */
    private final class Plan {
        final Node[] members;
        final int roots;
        final int[][] inPlace; // per member, the members its applicators name, in the order inPlace lists them
        final boolean needsString;
        final boolean needsUnique;
        final boolean anyStructure;
        final Map<String, Child> byName = new ConcurrentHashMap<>();
        volatile Child items;

        Plan(List<Node> rootNodes) {
            List<Node> all = new ArrayList<>(rootNodes);
            List<int[]> links = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i > 10_000) {
                    throw new IllegalArgumentException("references that loop on one value");
                }
                Node n = all.get(i);
                List<Node> sub = new ArrayList<>();
                n.inPlace(sub);
                int[] l = new int[sub.size()];
                for (int j = 0; j < sub.size(); j++) {
                    l[j] = all.size();
                    all.add(sub.get(j)); // one member per use: oneOf counts each branch once
                }
                links.add(l);
            }
            members = all.toArray(new Node[0]);
            roots = rootNodes.size();
            inPlace = links.toArray(new int[0][]);
            boolean string = false;
            boolean unique = false;
            boolean structure = false;
            for (Node n : members) {
                string |= n.minLength >= 0 || n.maxLength >= 0 || n.pattern != null || n.allowedStrings != null;
                unique |= n.uniqueItems;
                structure |= n.hasStructure();
            }
            needsString = string;
            needsUnique = unique;
            anyStructure = structure;
        }

        Child child(String name) {
            Child c = byName.get(name);
            if (c == null) {
                List<Node> sub = new ArrayList<>();
                List<Integer> owners = new ArrayList<>();
                for (int i = 0; i < members.length; i++) {
                    Node n = members[i];
                    Node s = n.properties == null ? null : n.properties.get(name);
                    if (s == null) {
                        s = n.additional;
                    }
                    if (s != null) {
                        sub.add(s);
                        owners.add(i);
                    }
                }
                c = new Child(sub, owners);
                byName.put(name, c);
            }
            return c;
        }

        Child items() {
            Child c = items;
            if (c == null) {
                List<Node> sub = new ArrayList<>();
                List<Integer> owners = new ArrayList<>();
                for (int i = 0; i < members.length; i++) {
                    if (members[i].items != null) {
                        sub.add(members[i].items);
                        owners.add(i);
                    }
                }
                c = new Child(sub, owners);
                items = c;
            }
            return c;
        }

        /**
         * Checks the value at the parser's current token; the parser is left on its last token. Returns where
         * in {@code w}'s flags each member's verdict is, valid until the walk checks its next value.
         */
        int check(JsonParser p, Walk w) {
            int m = members.length;
            int own = w.push(2 * m);
            int valid = own + m;
            Arrays.fill(w.flags, own, valid, true);
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> object(p, w, own);
                case START_ARRAY -> array(p, w, own);
                default -> scalar(p, t, w, own);
            }
            boolean[] f = w.flags; // the nested values are done: no more growth
            for (int i = 0; i < m; i++) {
                if (members[i].alwaysFalse) {
                    f[own + i] = false;
                }
            }
            for (int i = m - 1; i >= 0; i--) {
                f[valid + i] = f[own + i] && combine(i, f, valid); // links point forward: computed already
            }
            w.top = own;
            return valid;
        }

        private boolean combine(int i, boolean[] f, int valid) {
            Node n = members[i];
            int[] l = inPlace[i];
            int k = 0;
            if (n.ref != null && !f[valid + l[k++]]) {
                return false;
            }
            if (n.allOf != null) {
                for (int j = 0; j < n.allOf.size(); j++) {
                    if (!f[valid + l[k++]]) {
                        return false;
                    }
                }
            }
            if (n.anyOf != null) {
                boolean any = false;
                for (int j = 0; j < n.anyOf.size(); j++) {
                    any |= f[valid + l[k++]];
                }
                if (!any) {
                    return false;
                }
            }
            if (n.oneOf != null) {
                int count = 0;
                for (int j = 0; j < n.oneOf.size(); j++) {
                    count += f[valid + l[k++]] ? 1 : 0;
                }
                if (count != 1) {
                    return false;
                }
            }
            boolean ifValid = true;
            if (n.ifSchema != null) {
                ifValid = f[valid + l[k++]];
            }
            if (n.thenSchema != null) {
                boolean v = f[valid + l[k++]];
                if (n.ifSchema != null && ifValid && !v) {
                    return false;
                }
            }
            if (n.elseSchema != null) {
                boolean v = f[valid + l[k++]];
                if (n.ifSchema != null && !ifValid && !v) {
                    return false;
                }
            }
            return n.not == null || !f[valid + l[k]];
        }

        private void typed(int type, boolean[] f, int own) {
            for (int i = 0; i < members.length; i++) {
                Node n = members[i];
                if ((n.typeMask & type) == 0) {
                    f[own + i] = false;
                }
            }
        }

        private void object(JsonParser p, Walk w, int own) {
            typed(OBJECT, w.flags, own);
            int names = w.nameTop;
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                w.addName(names, name);
                p.nextToken();
                descend(p, anyStructure ? child(name) : null, w, own);
            }
            boolean[] f = w.flags;
            for (int i = 0; i < members.length; i++) {
                Node n = members[i];
                if (n.required != null && !w.hasAll(names, n.required)) {
                    f[own + i] = false;
                }
                if (n.dependentRequired != null) {
                    for (Map.Entry<String, List<String>> d : n.dependentRequired.entrySet()) {
                        if (w.has(names, d.getKey()) && !w.hasAll(names, d.getValue())) {
                            f[own + i] = false;
                        }
                    }
                }
                if (n.allowed != null) {
                    f[own + i] = false; // an object is never compared with enum or const here: refused, to be safe
                }
            }
            w.endObject(names);
        }

        private void array(JsonParser p, Walk w, int own) {
            typed(ARRAY, w.flags, own);
            Set<String> seen = needsUnique ? new HashSet<>() : null;
            boolean duplicate = false;
            int count = 0;
            Child c = anyStructure ? items() : null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                count++;
                if (seen != null) {
                    String key = scalarKey(p, t);
                    // an object or array among the items: not compared here, so refused to be safe
                    duplicate |= key == null || !seen.add(key);
                }
                descend(p, c, w, own);
            }
            boolean[] f = w.flags;
            for (int i = 0; i < members.length; i++) {
                Node n = members[i];
                if ((n.minItems >= 0 && count < n.minItems) || (n.maxItems >= 0 && count > n.maxItems)
                        || (n.uniqueItems && duplicate)) {
                    f[own + i] = false;
                }
                if (n.allowed != null) {
                    f[own + i] = false; // as for an object
                }
            }
        }

        private void descend(JsonParser p, Child c, Walk w, int own) {
            if (c == null || c.plan == null) {
                skip(p, w); // nothing applies: still parsed, and its keys held against being given twice
                return;
            }
            int r = c.plan.check(p, w);
            boolean[] f = w.flags;
            for (int j = 0; j < c.owners.length; j++) {
                if (!f[r + j]) {
                    f[own + c.owners[j]] = false;
                }
            }
        }

        private void scalar(JsonParser p, JsonToken t, Walk w, int own) {
            boolean[] f = w.flags;
            switch (t) {
                case VALUE_STRING -> {
                    typed(STRING, f, own);
                    if (!needsString) {
                        return; // the parser checks the string as it skips it
                    }
                    String s = p.getString();
                    int length = -2;
                    for (int i = 0; i < members.length; i++) {
                        Node n = members[i];
                        if (n.minLength >= 0 || n.maxLength >= 0) {
                            if (length == -2) {
                                length = s.codePointCount(0, s.length());
                            }
                            if ((n.minLength >= 0 && length < n.minLength) || (n.maxLength >= 0 && length > n.maxLength)) {
                                f[own + i] = false;
                            }
                        }
                        if (n.pattern != null && !matches(n, s, w)) {
                            f[own + i] = false;
                        }
                        if (n.allowedStrings != null && !n.allowedStrings.contains(s)) {
                            f[own + i] = false;
                        }
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    int type = t == JsonToken.VALUE_NUMBER_INT ? NUMBER | INTEGER : NUMBER;
                    typed(type, f, own);
                    BigDecimal value = null;
                    for (int i = 0; i < members.length; i++) {
                        Node n = members[i];
                        if (n.minimum != null || n.maximum != null || n.allowed != null) {
                            if (value == null) {
                                value = p.getDecimalValue();
                            }
                            BigDecimal v = value;
                            if ((n.minimum != null && v.compareTo(n.minimum) < 0)
                                    || (n.maximum != null && v.compareTo(n.maximum) > 0)
                                    || (n.allowed != null && !allows(n, a -> a.isNumber() && a.decimalValue().compareTo(v) == 0))) {
                                f[own + i] = false;
                            }
                        }
                    }
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    typed(BOOLEAN, f, own);
                    boolean b = t == JsonToken.VALUE_TRUE;
                    for (int i = 0; i < members.length; i++) {
                        Node n = members[i];
                        if (n.allowed != null && !allows(n, v -> v.isBoolean() && v.booleanValue() == b)) {
                            f[own + i] = false;
                        }
                    }
                }
                case VALUE_NULL -> {
                    typed(NULL, f, own);
                    for (int i = 0; i < members.length; i++) {
                        Node n = members[i];
                        if (n.allowed != null && !allows(n, JsonNode::isNull)) {
                            f[own + i] = false;
                        }
                    }
                }
                default -> Arrays.fill(f, own, own + members.length, false);
            }
        }
    }

    /** A value no schema looks into, passed over: every token parsed, and an object's keys held against repeats. */
    private static void skip(JsonParser p, Walk w) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            int names = w.nameTop;
            for (JsonToken n = p.nextToken(); n == JsonToken.PROPERTY_NAME; n = p.nextToken()) {
                w.addName(names, p.currentName());
                p.nextToken();
                skip(p, w);
            }
            w.endObject(names);
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skip(p, w);
            }
        }
    }

    /** A key given twice in one object: the document is refused (the full check names it). */
    private static final class KeyGivenTwice extends RuntimeException {
        KeyGivenTwice() {
            super(null, null, false, false);
        }
    }

    /**
     * What one pass over one document keeps: every value's flags (each member's own verdict, then its
     * verdict with its applicators) on one stack, the names of the objects being read on another, and a
     * matcher per pattern; reused from value to value, so that a value costs no allocation of its own.
     */
    private static final class Walk {
        /** Past this many keys an object's names are also held in a set, not only looked through. */
        private static final int LISTED_KEYS = 32;

        boolean[] flags = new boolean[512];
        int top;
        private String[] names = new String[128];
        int nameTop;
        /** The names of an object with more than {@link #LISTED_KEYS} keys as a set, and where its names begin. */
        private record Many(Set<String> names, int from) {}

        /** The innermost object's with that many keys; those around it. */
        private Many many;
        private final java.util.ArrayDeque<Many> outerMany = new java.util.ArrayDeque<>();
        final java.util.regex.Matcher[] matchers;

        Walk(int patterns) {
            matchers = new java.util.regex.Matcher[patterns];
        }

        int push(int n) {
            int base = top;
            top += n;
            if (top > flags.length) {
                flags = Arrays.copyOf(flags, Math.max(top, 2 * flags.length));
            }
            return base;
        }

        /** Adds a key of the object whose names begin at {@code from}; throws if it has the key already. */
        void addName(int from, String name) {
            if (has(from, name)) {
                throw new KeyGivenTwice();
            }
            if (nameTop == names.length) {
                names = Arrays.copyOf(names, 2 * names.length);
            }
            names[nameTop++] = name;
            if (many != null && many.from() == from) {
                many.names().add(name);
            } else if (nameTop - from > LISTED_KEYS) {
                if (many != null) {
                    outerMany.push(many);
                }
                many = new Many(new HashSet<>(Arrays.asList(names).subList(from, nameTop)), from);
            }
        }

        boolean has(int from, String name) {
            if (many != null && many.from() == from) {
                return many.names().contains(name);
            }
            for (int i = from; i < nameTop; i++) {
                if (names[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasAll(int from, List<String> wanted) {
            for (String n : wanted) {
                if (!has(from, n)) {
                    return false;
                }
            }
            return true;
        }

        /** The object whose names begin at {@code from} is read: its names go. */
        void endObject(int from) {
            Arrays.fill(names, from, nameTop, null);
            nameTop = from;
            if (many != null && many.from() == from) {
                many = outerMany.poll();
            }
        }
    }

    /** What applies to one property or item of a value, and which member of the value's plan each comes from. */
    private final class Child {
        final Plan plan;
        final int[] owners;

        Child(List<Node> nodes, List<Integer> owners) {
            this.plan = nodes.isEmpty() ? null : plan(List.copyOf(nodes));
            this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** At most this many strings are remembered per pattern; past it, each is matched as it comes. */
    private static final int MATCHES_KEPT = 10_000;

    private static boolean matches(Node n, String s, Walk w) {
        Boolean known = n.matched.get(s);
        if (known != null) {
            return known;
        }
        java.util.regex.Matcher m = w.matchers[n.patternIndex];
        if (m == null) {
            m = n.pattern.matcher(s);
            w.matchers[n.patternIndex] = m;
        } else {
            m.reset(s);
        }
        boolean found = m.find();
        if (n.matched.size() < MATCHES_KEPT) {
            n.matched.put(s, found);
        }
        return found;
    }

    private static boolean allows(Node n, java.util.function.Predicate<JsonNode> matches) {
        return n.allowed.stream().anyMatch(matches) && (n.alsoAllowed == null || n.alsoAllowed.stream().anyMatch(matches));
    }

    /** A key under which equal scalars meet (2 and 2.0 alike, as JSON Schema counts them equal); null for a container. */
    private static String scalarKey(JsonParser p, JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "s" + p.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal d = p.getDecimalValue();
                yield "n" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            }
            case VALUE_TRUE -> "t";
            case VALUE_FALSE -> "f";
            case VALUE_NULL -> "z";
            default -> null;
        };
    }
}
