package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetRepository;
import dev.evdash.data.Fixtures;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated corpus of malformed and hostile dataset files, each through {@code validate}, the window's
 * loader and {@code merge} (as BASE, OURS and THEIRS in turn): every one gives problems with a position,
 * none throws out, none takes longer than its bound, none is changed, and a refused merge writes nothing.
 * The counts are printed.
 */
class RobustnessSuiteTest {

    private static final long BOUND_SECONDS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    private static Map<String, Path> corpus;
    private static Path good;

    @BeforeAll
    static void writeCorpus() throws IOException {
        good = dir.resolve("good.json");
        Files.writeString(good, Fixtures.SMALL);
        corpus = new LinkedHashMap<>();
        Path files = Files.createDirectories(dir.resolve("corpus"));
        for (Map.Entry<String, byte[]> e : generate().entrySet()) {
            Path f = files.resolve(e.getKey());
            Files.write(f, e.getValue());
            corpus.put(e.getKey(), f);
        }
        Path loop = files.resolve("symlink-loop.json");
        Path other = files.resolve("symlink-loop-2.json");
        Files.createSymbolicLink(loop, other);
        Files.createSymbolicLink(other, loop);
        corpus.put("symlink-loop.json", loop);
        corpus.put("a-directory.json", Files.createDirectories(files.resolve("a-directory.json")));
        Path unreadable = files.resolve("unreadable.json");
        Files.writeString(unreadable, Fixtures.SMALL);
        if (unreadable.toFile().setReadable(false, false) && !Files.isReadable(unreadable)) {
            corpus.put("unreadable.json", unreadable); // as root every file is readable: then it is left out
        }
        corpus.put("missing.json", files.resolve("missing.json"));
    }

    /** The malformed files, by name. */
    static Map<String, byte[]> generate() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String text = Fixtures.SMALL;
        // truncated after every structural character
        for (int i = 0; i < text.length(); i++) {
            if ("{}[],:\"".indexOf(text.charAt(i)) >= 0 && i < text.stripTrailing().length() - 1) {
                out.put("truncated-at-" + i + ".json", text.substring(0, i + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        // a wrong type at every field
        JsonNode tree = JSON.readTree(text);
        List<String> pointers = new ArrayList<>();
        collect(tree, "", pointers);
        for (String p : pointers) {
            JsonNode at = tree.at(p);
            JsonNode wrong = at.isString() ? JsonNodeFactory.instance.numberNode(42)
                    : at.isNumber() ? JsonNodeFactory.instance.stringNode("forty-two")
                    : at.isArray() ? JsonNodeFactory.instance.objectNode()
                    : at.isObject() ? JsonNodeFactory.instance.arrayNode()
                    : JsonNodeFactory.instance.stringNode("x");
            out.put("wrong-type" + p.replace('/', '_') + ".json", replace(tree, p, wrong));
        }
        // huge, tiny and non-finite numbers at a figure
        String figure = "\"value\": 11000000";
        // (1e-400 is left out: it is a number JSON allows, read as 0 as any float is rounded)
        for (String n : List.of("1e400", "-1e400", "123456789012345678901234567890123456789012345678901234567890",
                "NaN", "Infinity", "-Infinity", "-1", "1e308", "0x10", "01", "1.", ".5", "+1",
                "9".repeat(150))) {
            out.put("number-" + n.replaceAll("[^0-9A-Za-z.+-]", "").substring(0, Math.min(12, n.length())) + ".json", text.replace(figure, "\"value\": " + n).getBytes(StandardCharsets.UTF_8));
        }
        // deep nesting, long strings and names
        out.put("deep-arrays.json", ("{\"schemaVersion\": 1, \"name\": " + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        out.put("deep-objects.json", ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        out.put("long-string.json", text.replace("\"name\": \"test\"", "\"name\": \"" + "x".repeat(2_000_000) + "\"")
                .getBytes(StandardCharsets.UTF_8));
        out.put("long-key.json", text.replace("\"name\": \"test\"", "\"" + "k".repeat(5_000) + "\": \"test\"")
                .getBytes(StandardCharsets.UTF_8));
        // a key repeated in one object, at the top, in a record, in a figure
        out.put("duplicate-top.json", text.replace("\"name\": \"test\",", "\"name\": \"test\",\n  \"name\": \"other\",")
                .getBytes(StandardCharsets.UTF_8));
        out.put("duplicate-company-name.json", text.replace("\"name\": \"BYD\",", "\"name\": \"BYD\", \"name\": \"BYD Auto\",")
                .getBytes(StandardCharsets.UTF_8));
        out.put("duplicate-value.json", text.replace(figure, figure + ", \"value\": 12000000").getBytes(StandardCharsets.UTF_8));
        // encodings
        String broken = text.substring(0, text.length() / 2);
        out.put("bom-truncated.json", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, broken.getBytes(StandardCharsets.UTF_8)));
        out.put("utf16le.json", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE)));
        out.put("utf16be.json", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, text.getBytes(StandardCharsets.UTF_16BE)));
        out.put("utf16-no-bom.json", text.getBytes(StandardCharsets.UTF_16LE));
        out.put("utf32.json", text.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80})) {
            int at = text.indexOf("BMW Group") + 3;
            out.put("invalid-utf8-" + out.size() + ".json", concat(Arrays.copyOf(bytes, at), bad, Arrays.copyOfRange(bytes, at, bytes.length)));
        }
        for (char c : new char[] {0, 1, 7, 8, 10, 13, 27, 31}) {
            out.put("control-char-" + (int) c + ".json", text.replace("\"BYD\"", "\"BY" + c + "D\"").getBytes(StandardCharsets.UTF_8));
        }
        // an address without a scheme, and a summary one character beyond the format's 100,000
        out.put("address-without-scheme.json", text.replace("https://example.org/article", "example.org/article")
                .getBytes(StandardCharsets.UTF_8));
        out.put("summary-100001.json", text.replace("BMW and Momenta co-develop driver assistance for China.",
                "x".repeat(100_001)).getBytes(StandardCharsets.UTF_8));
        out.put("empty.json", new byte[0]);
        out.put("whitespace.json", " \n\t ".getBytes(StandardCharsets.UTF_8));
        out.put("null.json", "null".getBytes(StandardCharsets.UTF_8));
        out.put("array.json", "[]".getBytes(StandardCharsets.UTF_8));
        out.put("string.json", "\"a dataset\"".getBytes(StandardCharsets.UTF_8));
        out.put("trailing.json", (text + "{}").getBytes(StandardCharsets.UTF_8));
        out.put("two-documents.json", (text + text).getBytes(StandardCharsets.UTF_8));
        out.put("comment.json", ("// a dataset\n" + text).getBytes(StandardCharsets.UTF_8));
        out.put("trailing-comma.json", text.replace("\"watchlist\": []", "\"watchlist\": [],").getBytes(StandardCharsets.UTF_8));
        out.put("single-quotes.json", text.replace("\"name\": \"test\"", "'name': 'test'").getBytes(StandardCharsets.UTF_8));
        out.put("binary.json", new java.util.Random(3).ints(4096, 0, 256).collect(java.io.ByteArrayOutputStream::new,
                (b, v) -> b.write(v), (a, b) -> a.write(b.toByteArray(), 0, b.size())).toByteArray());
        return out;
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            node.propertyNames().forEach(n -> collect(node.get(n), pointer + "/" + n, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static byte[] replace(JsonNode tree, String pointer, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return JSON.writeValueAsBytes(copy);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** What a file held before: its bytes (or none) and its time. */
    private record Snapshot(byte[] bytes, FileTime time) {
        static Snapshot of(Path f) {
            try {
                if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                    return new Snapshot(null, Files.exists(f) ? Files.getLastModifiedTime(f) : null);
                }
                return new Snapshot(Files.readAllBytes(f), Files.getLastModifiedTime(f));
            } catch (IOException e) {
                return new Snapshot(null, null);
            }
        }

        boolean same(Snapshot o) {
            return Arrays.equals(bytes, o.bytes) && java.util.Objects.equals(time, o.time);
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** What one file gave. */
    private record Checked(List<String> failures, int problems, boolean changed, boolean written) {}

    /**
     * One file through {@code validate}, the loader and {@code merge}: as BASE, OURS (in place, as git
     * calls the driver) or THEIRS, in turn from file to file.
     */
    private static Checked check(String name, Path f, int role, DatasetRepository repository) throws IOException {
        List<String> failures = new ArrayList<>();
        Snapshot before = Snapshot.of(f);
        Run validate = main("validate", f.toString());
        if (validate.exit() != Main.FAILED || validate.err().contains("evdash: error:")) {
            failures.add(name + ": validate exit " + validate.exit() + " " + validate.err() + validate.out());
        }
        if (validate.out().lines().noneMatch(l -> l.startsWith(f + ":"))
                && validate.err().lines().noneMatch(l -> l.startsWith(f + ":"))) {
            failures.add(name + ": validate names no position: " + validate.out() + validate.err());
        }

        // the window's two loaders in turn: at start-up (the bundled dataset instead) and File > Open or a
        // reload (the data on screen kept)
        List<Problem> loadedProblems;
        if (role == 0) {
            LoadOutcome loaded = repository.load(f);
            if (!loaded.hasProblems() || !loaded.origin().isBundled()) {
                failures.add(name + ": the start-up loader took it");
            }
            loadedProblems = loaded.problems();
        } else {
            ReadResult read = repository.read(f);
            if (read.dataset().isPresent() || read.problems().isEmpty()) {
                failures.add(name + ": File > Open took it");
            }
            loadedProblems = read.problems();
        }
        boolean contentProblem = Files.isRegularFile(f) && Files.isReadable(f) && !name.startsWith("utf")
                && !name.equals("empty.json") && !name.equals("whitespace.json") && !name.equals("long-string.json");
        for (Problem p : loadedProblems) {
            if (contentProblem && p.line() < 1 && p.pointer().isEmpty()) {
                failures.add(name + ": a problem without a position: " + p.format());
            }
        }

        Path out = dir.resolve("merged-" + name);
        String g = good.toString();
        Run merge = switch (role) {
            case 0 -> main("merge", f.toString(), g, g, "--out", out.toString());
            case 1 -> main("merge", g, f.toString(), g); // the result would replace OURS
            default -> main("merge", g, g, f.toString(), "--out", out.toString());
        };
        if (merge.exit() != Main.FAILED || !merge.err().contains("refused") || merge.err().contains("evdash: error:")) {
            failures.add(name + ": merge with it as " + List.of("BASE", "OURS", "THEIRS").get(role) + ": exit "
                    + merge.exit() + " " + merge.err());
        }
        return new Checked(failures, loadedProblems.size(), !Snapshot.of(f).same(before), Files.exists(out));
    }

    @Test
    void everyMalformedFileGivesProblemsWithAPositionThroughValidateLoaderAndMerge() throws Exception {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        DatasetRepository repository = new DatasetRepository(new DatasetReader(), dir.resolve("user-data.json"));
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "robustness");
            t.setDaemon(true); // a hang must not keep the test JVM alive
            return t;
        });
        Map<String, Future<Checked>> running = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Path> e : corpus.entrySet()) {
            int role = i++ % 3;
            running.put(e.getKey(), pool.submit(() -> check(e.getKey(), e.getValue(), role, repository)));
        }
        int problems = 0;
        int crashes = 0;
        int hangs = 0;
        int changed = 0;
        int written = 0;
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS) * corpus.size() / cores;
        for (Map.Entry<String, Future<Checked>> e : running.entrySet()) {
            try {
                // each file has its bound; files are checked on every core, so the wait is for the slowest
                long left = Math.max(TimeUnit.SECONDS.toNanos(BOUND_SECONDS), deadline - System.nanoTime());
                Checked c = e.getValue().get(Math.min(left, TimeUnit.SECONDS.toNanos(BOUND_SECONDS * 3)),
                        TimeUnit.NANOSECONDS);
                failures.addAll(c.failures());
                problems += c.problems();
                changed += c.changed() ? 1 : 0;
                written += c.written() ? 1 : 0;
            } catch (TimeoutException t) {
                hangs++;
                failures.add(e.getKey() + ": no answer within its bound");
            } catch (java.util.concurrent.ExecutionException x) {
                crashes++;
                failures.add(e.getKey() + ": threw " + x.getCause());
            }
        }
        pool.shutdownNow();
        System.out.printf("robustness suite: %d files, %d problems found, crashes %d, hangs %d, files changed %d,"
                + " merge results written from a refused file %d%n", corpus.size(), problems, crashes, hangs, changed,
                written);
        assertThat(failures).isEmpty();
        assertThat(crashes).as("crashes").isZero();
        assertThat(hangs).as("hangs").isZero();
        assertThat(changed).as("files changed").isZero();
        assertThat(written).as("merge results written from a refused file").isZero();
    }
}
