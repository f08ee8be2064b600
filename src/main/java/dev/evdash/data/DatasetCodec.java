package dev.evdash.data;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the dataset JSON with Jackson. Reading is bounded (document size, nesting depth,
 * string and number lengths) so that a hostile or broken file cannot exhaust memory; unknown properties
 * are errors, never silently dropped.
 */
public final class DatasetCodec {

    /** Files above this size are refused before parsing. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;

    private final JsonFactory factory;
    private final JsonMapper mapper;
    /** As {@link #mapper}, without the check for keys given twice: for bytes a token pass checks meanwhile. */
    private final JsonMapper besideCheck;
    private final DefaultPrettyPrinter printer;

    /** Holds the one codec the app shares: building a mapper and teaching it the records is costly. */
    private static final class Shared {
        static final DatasetCodec CODEC = new DatasetCodec();
    }

    /**
     * The codec shared by every reader, writer and merge that is not given one. A codec holds no state
     * once built, and its mapper and printer are safe to use from several threads at once.
     */
    public static DatasetCodec shared() {
        return Shared.CODEC;
    }

    public DatasetCodec() {
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(100)
                        .maxNameLength(1_000)
                        .build())
                // a key given twice in one object is an error at the second, not a silent last-one-wins
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = mapper(factory);
        besideCheck = mapper(factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(twoSpaces)
                .withArrayIndenter(twoSpaces);
    }

    private static JsonMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .addModule(new DirectRecordCreators())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    JsonFactory factory() {
        return factory;
    }

    /**
     * The factory with the same limits that does not look for keys given twice: for a reader that looks for
     * them itself (the one-pass schema check), or whose document such a reader checks beside it.
     */
    JsonFactory factoryBesideCheck() {
        return besideCheck.tokenStreamFactory();
    }

    /** Parses well-formed JSON text to a tree; throws Jackson's exception (with a location) otherwise. */
    public JsonNode readTree(String text) {
        return mapper.readTree(text);
    }

    /** The dataset as a JSON tree, as a save would write it. */
    public JsonNode toTree(Dataset dataset) {
        return mapper.valueToTree(dataset);
    }

    /** Parses UTF-8 {@code bytes} from {@code offset}, without a copy of them as text. */
    public JsonNode readTree(byte[] bytes, int offset, int length) {
        return mapper.readTree(bytes, offset, length);
    }

    /** Binds a tree that passed schema validation to the dataset records, upgraded to the current version. */
    public Dataset fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("a dataset is a JSON object");
        }
        return mapper.treeToValue(tree, Dataset.class).upgraded();
    }

    /**
     * Binds UTF-8 {@code bytes} straight to the records, upgraded to the current version, without a tree
     * and without validation: for the bundled dataset, checked when the application was built.
     */
    public Dataset read(byte[] bytes) {
        return read(bytes, 0, bytes.length);
    }

    /** As {@link #read(byte[])}, for the {@code length} bytes from {@code offset}. */
    public Dataset read(byte[] bytes, int offset, int length) {
        return bind(mapper, bytes, offset, length);
    }

    /**
     * As {@link #read(byte[], int, int)} but a key given twice is not looked for: only for bytes that a pass
     * over their tokens checks for keys given twice at the same time, and that are refused if it finds one.
     */
    Dataset readBesideCheck(byte[] bytes, int offset, int length) {
        return bind(besideCheck, bytes, offset, length);
    }

    private static Dataset bind(JsonMapper m, byte[] bytes, int offset, int length) {
        Dataset d = m.readValue(bytes, offset, length, Dataset.class);
        if (d == null) {
            throw new IllegalArgumentException("a dataset is a JSON object");
        }
        return d.upgraded();
    }

    /** Parses and binds without validation: for trusted text such as the codec's own output. */
    public Dataset read(String text) {
        return fromTree(readTree(text));
    }

    /** Pretty-printed JSON with two-space indent, {@code "key": value} and a final newline. */
    public String write(Dataset dataset) {
        return mapper.writer().with(printer).writeValueAsString(dataset) + "\n";
    }
}
