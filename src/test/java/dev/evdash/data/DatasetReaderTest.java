package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    private static final DatasetReader READER = new DatasetReader();

    @TempDir
    Path dir;

    private static ReadResult read(String text) {
        return READER.read("test.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem onlyProblem(ReadResult r) {
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void readsValidDataset() {
        ReadResult r = read(Fixtures.SMALL);
        assertThat(r.problems()).isEmpty();
        Dataset d = r.dataset().orElseThrow();
        assertThat(d.series()).hasSize(2);
        assertThat(d.company("byd").orElseThrow().localName()).isEqualTo("比亚迪");
        Point p = d.seriesById("share-of-world-ev-sales-china").orElseThrow().points().get(0);
        assertThat(p.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(p.period()).isEqualTo(Period.ofYear(2024));
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"name\": \"test\",", "\"name\": \"test\",,")));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(18);
        assertThat(p.message()).startsWith("malformed JSON");
        assertThat(p.format()).startsWith("test.json:3:18: malformed JSON");
    }

    @Test
    void reportsUnknownPropertyAtItsKey() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"name\": \"BMW Group\",", "\"name\": \"BMW Group\", \"ceo\": \"x\",")));
        assertThat(p.pointer()).isEqualTo("/companies/0/ceo");
        assertThat(p.message()).isEqualTo("unknown property 'ceo'");
        assertThat(p.line()).isEqualTo(23);
        assertThat(p.column()).isEqualTo(41);
    }

    @Test
    void rejectsNegativeSales() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"value\": 9500000", "\"value\": -9500000")));
        assertThat(p.pointer()).isEqualTo("/series/0/points/0/value");
        assertThat(p.message()).contains("minimum value of 0");
        assertThat(p.line()).isEqualTo(35);
    }

    @Test
    void rejectsShareAboveHundredPercent() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"value\": 50,", "\"value\": 150,")));
        assertThat(p.pointer()).isEqualTo("/series/1/points/0/value");
        assertThat(p.message()).contains("100");
        assertThat(p.line()).isEqualTo(46);
    }

    @Test
    void rejectsWrongType() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"value\": 11000000", "\"value\": \"11 million\"")));
        assertThat(p.pointer()).isEqualTo("/series/0/points/1/value");
        assertThat(p.message()).contains("number");
    }

    @Test
    void rejectsMissingField() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"status\": \"announced\",", "")));
        assertThat(p.pointer()).isEqualTo("/partnerships/0");
        assertThat(p.message()).contains("status");
        assertThat(p.line()).isEqualTo(51);
    }

    @Test
    void rejectsBadPeriod() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"period\": \"2023\"", "\"period\": \"2023-Q5\"")));
        assertThat(p.pointer()).isEqualTo("/series/0/points/0/period");
        assertThat(p.message()).contains("pattern");
    }

    @Test
    void rejectsPointWithUnknownSource() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"source\": \"article\"", "\"source\": \"nowhere\"")));
        assertThat(p.pointer()).isEqualTo("/series/1/points/0/source");
        assertThat(p.message()).isEqualTo("unknown source 'nowhere'");
        assertThat(p.line()).isEqualTo(46);
    }

    @Test
    void rejectsPartnershipWithUnknownCompany() {
        Problem p = onlyProblem(read(Fixtures.smallWith("[\"bmw\", \"momenta\"]", "[\"bmw\", \"alibaba\"]")));
        assertThat(p.pointer()).isEqualTo("/partnerships/0/parties/1");
        assertThat(p.message()).isEqualTo("unknown company 'alibaba'");
        assertThat(p.line()).isEqualTo(53);
    }

    @Test
    void rejectsPartnershipWithOneParty() {
        Problem p = onlyProblem(read(Fixtures.smallWith("[\"bmw\", \"momenta\"]", "[\"bmw\"]")));
        assertThat(p.pointer()).isEqualTo("/partnerships/0/parties");
        assertThat(p.message()).contains("2");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtTheSecondWithItsName() {
        // the records bind beside the token pass without looking for keys given twice: the pass must catch it
        Problem p = onlyProblem(read(Fixtures.smallWith("\"name\": \"BMW Group\",",
                "\"name\": \"BMW Group\", \"name\": \"BMW AG\",")));
        assertThat(p.message()).contains("\"name\" is given twice in one object");
        assertThat(p.line()).isEqualTo(23);
        assertThat(p.column()).isGreaterThan(20);
    }

    @Test
    void rejectsDuplicateIds() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"id\": \"momenta\"", "\"id\": \"byd\"")
                .replace("[\"bmw\", \"momenta\"]", "[\"bmw\", \"byd\"]")));
        assertThat(p.pointer()).isEqualTo("/companies/2/id");
        assertThat(p.message()).isEqualTo("duplicate company id 'byd'");
    }

    @Test
    void rejectsSecondFigureFromSameSourceForSamePeriod() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"period\": \"2024\", \"value\": 11000000",
                "\"period\": \"2023\", \"value\": 11000000")));
        assertThat(p.pointer()).isEqualTo("/series/0/points/1");
        assertThat(p.message()).contains("second figure for 2023");
    }

    @Test
    void rejectsSeriesWithRegionAndCompany() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"region\": \"world\",", "\"region\": \"world\", \"company\": \"bmw\",")));
        assertThat(p.pointer()).isEqualTo("/series/0");
        assertThat(p.message()).contains("exactly one of 'region' or 'company'");
    }

    @Test
    void rejectsUnitThatDoesNotFitMetric() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"unit\": \"percent\"", "\"unit\": \"vehicles\"")));
        assertThat(p.pointer()).isEqualTo("/series/1/unit");
        assertThat(p.message()).isEqualTo("metric 'share_of_world_ev_sales' is given in percent, not vehicles");
        assertThat(p.line()).isEqualTo(44);
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        ReadResult r = read(Fixtures.smallWith("\"value\": 9500000", "\"value\": -1")
                .replace("\"kind\": \"tech\"", "\"kind\": \"bank\""));
        assertThat(r.problems()).extracting(Problem::pointer)
                .contains("/series/0/points/0/value", "/companies/2/kind");
    }

    @Test
    void rejectsWrongSchemaVersion() {
        Problem p = onlyProblem(read(Fixtures.smallWith("\"schemaVersion\": 1", "\"schemaVersion\": 3")));
        assertThat(p.pointer()).isEqualTo("/schemaVersion");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        Problem p = onlyProblem(read("[1, 2, 3]"));
        assertThat(p.pointer()).isEmpty();
        assertThat(p.message()).contains("object");
    }

    @Test
    void reportsEmptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.json"), "  \n");
        Problem p = onlyProblem(READER.read(f));
        assertThat(p.format()).isEqualTo(f + ": is empty; expected a JSON dataset object");
    }

    @Test
    void reportsMissingFile() {
        Path f = dir.resolve("absent.json");
        assertThat(onlyProblem(READER.read(f)).format()).isEqualTo(f + ": no such file");
    }

    @Test
    void reportsDirectory() {
        assertThat(onlyProblem(READER.read(dir)).message()).isEqualTo("is a directory, not a dataset file");
    }

    @Test
    void reportsBytesThatAreNotUtf8WithPosition() throws IOException {
        byte[] bytes = Fixtures.SMALL.replace("\"test\"", "\"te\u00FFst\"").getBytes(StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("latin1.json");
        Files.write(f, bytes);
        Problem p = onlyProblem(READER.read(f));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(14);
        assertThat(p.message()).startsWith("not UTF-8 text (byte 0xFF)");
    }

    @Test
    void acceptsByteOrderMark() {
        byte[] text = Fixtures.SMALL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(READER.read("bom.json", withBom).isValid()).isTrue();
    }

    @Test
    void refusesAHundredMegabyteFileWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        Problem p = onlyProblem(READER.read(f));
        assertThat(p.message()).isEqualTo("is 100.0 MB; datasets larger than 64 MB are refused");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "{\"name\": " + "[".repeat(500) + "]".repeat(500) + "}";
        Problem p = onlyProblem(read(deep));
        assertThat(p.message()).startsWith("malformed JSON").contains("nesting depth");
    }

    @Test
    void reportsBinaryFileInOneLine() throws IOException {
        Path f = dir.resolve("image.png");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Problem p = onlyProblem(READER.read(f));
        assertThat(p.format()).doesNotContain("\n").contains("not UTF-8");
    }
}
