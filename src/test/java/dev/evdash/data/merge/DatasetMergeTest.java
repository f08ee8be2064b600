package dev.evdash.data.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Fixtures;
import dev.evdash.data.MergeConflict;
import dev.evdash.data.Partnership;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import dev.evdash.data.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each merge rule on the small fixture, and realistic edits of the bundled dataset. */
class DatasetMergeTest {

    private static final DatasetCodec CODEC = new DatasetCodec();

    private static Dataset small() {
        return CODEC.read(Fixtures.SMALL);
    }

    private static Dataset with(String from, String to) {
        return CODEC.read(Fixtures.smallWith(from, to));
    }

    /** The fixture with an edit made on its JSON tree. */
    private static Dataset edited(java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> edit) {
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) CODEC.readTree(Fixtures.SMALL);
        edit.accept(tree);
        return CODEC.fromTree(tree);
    }

    private static Series series(Dataset d, String id) {
        return d.series().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static double value(Dataset d, String series, String period) {
        return series(d, series).points().stream().filter(p -> p.period().toString().equals(period)).findFirst()
                .orElseThrow().value();
    }

    private static final String BEV_2024 = Fixtures.SMALL_BEV_2024;
    private static final String MOMENTA = Fixtures.SMALL_MOMENTA;

    @Test
    void anEditOnOneSideIsTakenFromEitherSide() {
        Dataset base = small();
        Dataset edited = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        DatasetMerge.Result theirs = DatasetMerge.merge(base, base, edited);
        assertThat(theirs.clean()).isTrue();
        assertThat(value(theirs.merged(), "ev-sales-world-bev", "2024")).isEqualTo(11_200_000);
        assertThat(theirs.summary().fromTheirs()).isEqualTo(1);
        assertThat(theirs.summary().words()).contains("1 change from theirs").contains("0 conflicts");
        DatasetMerge.Result ours = DatasetMerge.merge(base, edited, base);
        assertThat(ours.clean()).isTrue();
        assertThat(value(ours.merged(), "ev-sales-world-bev", "2024")).isEqualTo(11_200_000);
    }

    @Test
    void theSameEditOnBothSidesIsTakenOnce() {
        Dataset base = small();
        Dataset edited = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        DatasetMerge.Result r = DatasetMerge.merge(base, edited, edited);
        assertThat(r.clean()).isTrue();
        assertThat(CODEC.write(r.merged())).isEqualTo(CODEC.write(edited));
    }

    @Test
    void anAdditionOnEachSideKeepsBoth() {
        Dataset base = small();
        Dataset ours = with(MOMENTA, MOMENTA + ",\n { \"id\": \"nio\", \"name\": \"NIO\", \"kind\": \"automaker\", \"country\": \"China\" }");
        Dataset theirs = with(MOMENTA, MOMENTA + ",\n { \"id\": \"alibaba\", \"name\": \"Alibaba\", \"kind\": \"tech\", \"country\": \"China\" }");
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().companies()).extracting(c -> c.id()).containsExactly("bmw", "byd", "momenta", "nio", "alibaba");
    }

    @Test
    void aDeletionOnOneSideAndNoChangeOnTheOtherDeletes() {
        Dataset base = small();
        Dataset ours = edited(t -> ((tools.jackson.databind.node.ArrayNode) t.get("companies")).remove(1));
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, base);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().companies()).extracting(c -> c.id()).containsExactly("bmw", "momenta");
        DatasetMerge.Result other = DatasetMerge.merge(base, base, ours);
        assertThat(other.merged().companies()).extracting(c -> c.id()).containsExactly("bmw", "momenta");
        assertThat(other.summary().fromTheirsWords()).contains("deleted company byd");
    }

    @Test
    void bothSidesChangingOneFieldDifferentlyKeepsOursAndRecordsTheConflict() {
        Dataset base = small();
        Dataset ours = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        Dataset theirs = with(BEV_2024, BEV_2024.replace("11000000", "10900000"));
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.clean()).isFalse();
        assertThat(value(r.merged(), "ev-sales-world-bev", "2024")).isEqualTo(11_200_000);
        MergeConflict c = r.merged().mergeConflicts().get(0);
        assertThat(c.pointer()).isEqualTo("/series/0/points/1/value");
        assertThat(c.base().asLong()).isEqualTo(11_000_000);
        assertThat(c.ours().asLong()).isEqualTo(11_200_000);
        assertThat(c.theirs().asLong()).isEqualTo(10_900_000);
        assertThat(r.merged().mergeConflicts()).hasSize(1);
    }

    @Test
    void aDeleteAgainstAnEditIsAConflict() {
        Dataset base = small();
        String momentaDeal = "\"summary\": \"BMW and Momenta co-develop driver assistance for China.\"";
        Dataset ours = with(momentaDeal, momentaDeal.replace("for China", "for China from 2026"));
        Dataset theirs = CODEC.read(Fixtures.SMALL.replaceFirst("(?s)\"partnerships\": \\[.*?\\n  \\],", "\"partnerships\": [],"));
        assertThat(theirs.partnerships()).isEmpty();
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.clean()).isFalse();
        assertThat(r.merged().partnerships()).extracting(Partnership::summary)
                .containsExactly("BMW and Momenta co-develop driver assistance for China from 2026.");
        assertThat(r.merged().mergeConflicts().get(0).why()).contains("theirs deleted partnership bmw-momenta-adas-china");
        assertThat(r.merged().mergeConflicts().get(0).theirs()).isNull();
        // the other way round: ours deleted it, theirs changed it: ours (deleted) stays, theirs is recorded
        DatasetMerge.Result back = DatasetMerge.merge(base, theirs, ours);
        assertThat(back.merged().partnerships()).isEmpty();
        assertThat(back.merged().mergeConflicts().get(0).why()).contains("ours deleted partnership");
        assertThat(back.merged().mergeConflicts().get(0).theirs().path("summary").asString()).endsWith("from 2026.");
    }

    @Test
    void oneIdAddedOnBothSidesWithDifferentContentIsAConflictNotAnOverwrite() {
        Dataset base = small();
        Dataset ours = with(MOMENTA, MOMENTA + ",\n { \"id\": \"nio\", \"name\": \"NIO\", \"kind\": \"automaker\", \"country\": \"China\" }");
        Dataset theirs = with(MOMENTA, MOMENTA + ",\n { \"id\": \"nio\", \"name\": \"NIO Inc.\", \"kind\": \"automaker\", \"country\": \"China\" }");
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.merged().companies()).filteredOn(c -> c.id().equals("nio")).hasSize(1)
                .first().extracting(c -> c.name()).isEqualTo("NIO");
        assertThat(r.merged().mergeConflicts()).singleElement()
                .satisfies(c -> assertThat(c.why()).isEqualTo("both sides added company nio, differently"))
                .satisfies(c -> assertThat(c.base()).isNull());
    }

    @Test
    void aSourceDeletedOnOneSideWhileTheOtherCitesItInANewFigureIsKeptAsANamedConflict() {
        Dataset base = small();
        // ours drops the article source and the figure citing it
        Dataset ours = edited(t -> {
            ((tools.jackson.databind.node.ArrayNode) t.get("sources")).remove(1);
            ((tools.jackson.databind.node.ArrayNode) t.get("series")).remove(1);
        });
        assertThat(ours.sources()).hasSize(1);
        // theirs adds a figure citing the article
        Dataset theirs = with(BEV_2024, BEV_2024 + ",\n { \"period\": \"2025\", \"value\": 12000000, \"source\": \"article\" }");
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.merged().sources()).extracting(s -> s.id()).contains("article");
        assertThat(r.merged().mergeConflicts()).anySatisfy(c -> assertThat(c.why())
                .isEqualTo("ours deleted source article, which the other side's records still refer to; it is kept"));
        // the result is a valid dataset: every reference resolves
        ReadResult read = new DatasetReader().read("merged.json", CODEC.write(r.merged()).getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void mergingTwiceGivesTheSameBytesAndTheResultReadsBackWithItsConflicts() {
        Dataset base = small();
        Dataset ours = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        Dataset theirs = with(BEV_2024, BEV_2024.replace("11000000", "10900000"));
        String once = CODEC.write(DatasetMerge.merge(base, ours, theirs).merged());
        String twice = CODEC.write(DatasetMerge.merge(base, ours, theirs).merged());
        assertThat(twice).isEqualTo(once);
        Dataset back = CODEC.read(once);
        assertThat(back.mergeConflicts()).hasSize(1);
        assertThat(CODEC.write(back)).isEqualTo(once);
    }

    @Test
    void validateReportsEachUnresolvedConflictWithItsPointerAndLine(@TempDir Path dir) throws Exception {
        Dataset base = small();
        Dataset ours = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        Dataset theirs = with(BEV_2024, BEV_2024.replace("11000000", "10900000"));
        Path file = dir.resolve("merged.json");
        Files.writeString(file, CODEC.write(DatasetMerge.merge(base, ours, theirs).merged()), StandardCharsets.UTF_8);
        DatasetReader reader = new DatasetReader();
        ReadResult r = reader.read(file);
        assertThat(r.isValid()).as("a dataset with conflicts loads").isTrue();
        List<Problem> open = reader.mergeConflicts(file, r.dataset().orElseThrow());
        assertThat(open).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/series/0/points/1/value");
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.message()).contains("unresolved merge conflict").contains("ours 11200000")
                    .contains("theirs 10900000").contains("base 11000000");
        });
    }

    @Test
    void bundledDatasetWithAFigureRevisedOnOneSideAndAPartnershipAddedOnTheOther() {
        DatasetReader reader = new DatasetReader();
        Dataset base = reader.readBundled().dataset().orElseThrow();
        Series first = base.series().get(0);
        var point = first.points().get(first.points().size() - 1);
        var revised = new dev.evdash.data.Point(point.period(), point.value() + 1, point.high(), point.qualifier(),
                point.status(), point.periodNote(), point.source(), point.excerpt(), point.note());
        Dataset ours = base.withSeries(base.series().stream()
                .map(s -> s == first ? s.withPoints(replaceLast(s.points(), revised)) : s).toList());
        Partnership model = base.partnerships().get(0);
        Partnership added = new Partnership("test-added-alliance", model.parties(), model.areas(), model.announced(),
                model.status(), "An alliance logged by a colleague.", model.sources(), null);
        Dataset theirs = base.withPartnerships(concat(base.partnerships(), added));
        DatasetMerge.Result r = DatasetMerge.merge(base, ours, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().partnerships()).extracting(Partnership::id).endsWith("test-added-alliance");
        assertThat(r.merged().series().get(0).points()).last().extracting(p -> p.value()).isEqualTo(point.value() + 1);
        assertThat(r.summary().words()).contains("1 change from theirs (added partnership test-added-alliance)")
                .contains("1 change of ours kept (changed the value of the figure ").contains("; 0 conflicts");
        // everything else is the base, byte for byte, apart from the two edits
        Dataset expected = ours.withPartnerships(theirs.partnerships());
        assertThat(CODEC.write(r.merged())).isEqualTo(CODEC.write(expected));
        assertThat(reader.read("merged.json", CODEC.write(r.merged()).getBytes(StandardCharsets.UTF_8)).problems())
                .isEmpty();
    }

    @Test
    void aConflictIsResolvedWithThePickedValueAndLeavesTheList() {
        Dataset base = small();
        Dataset ours = with(BEV_2024, BEV_2024.replace("11000000", "11200000"));
        Dataset theirs = with(BEV_2024, BEV_2024.replace("11000000", "10900000"));
        Dataset merged = DatasetMerge.merge(base, ours, theirs).merged();
        MergeConflict c = merged.mergeConflicts().get(0);
        for (var pick : ConflictResolution.Pick.values()) {
            var choice = pick == ConflictResolution.Pick.EDITED
                    ? new ConflictResolution.Choice(pick, tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(11_100_000))
                    : ConflictResolution.Choice.of(pick);
            Dataset resolved = ConflictResolution.resolve(CODEC, merged, java.util.Map.of(c, choice));
            assertThat(resolved.mergeConflicts()).isEmpty();
            assertThat(value(resolved, "ev-sales-world-bev", "2024")).as(pick.name()).isEqualTo(switch (pick) {
                case OURS -> 11_200_000;
                case THEIRS -> 10_900_000;
                case BASE -> 11_000_000;
                case EDITED -> 11_100_000;
            });
        }
    }

    @Test
    void aDeletedRecordComesBackOrGoesAsPicked() {
        Dataset base = small();
        String momentaDeal = "\"summary\": \"BMW and Momenta co-develop driver assistance for China.\"";
        Dataset changed = with(momentaDeal, momentaDeal.replace("for China", "for China from 2026"));
        Dataset deleted = edited(t -> ((tools.jackson.databind.node.ArrayNode) t.get("partnerships")).remove(0));
        // ours changed it, theirs deleted it: picking theirs deletes it
        Dataset kept = DatasetMerge.merge(base, changed, deleted).merged();
        Dataset gone = ConflictResolution.resolve(CODEC, kept,
                java.util.Map.of(kept.mergeConflicts().get(0), ConflictResolution.Choice.of(ConflictResolution.Pick.THEIRS)));
        assertThat(gone.partnerships()).isEmpty();
        // ours deleted it, theirs changed it: picking theirs brings it back, changed
        Dataset without = DatasetMerge.merge(base, deleted, changed).merged();
        Dataset back = ConflictResolution.resolve(CODEC, without,
                java.util.Map.of(without.mergeConflicts().get(0), ConflictResolution.Choice.of(ConflictResolution.Pick.THEIRS)));
        assertThat(back.partnerships()).extracting(Partnership::summary).containsExactly(
                "BMW and Momenta co-develop driver assistance for China from 2026.");
        assertThat(back.mergeConflicts()).isEmpty();
    }

    private static <T> List<T> replaceLast(List<T> list, T last) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(list);
        out.set(out.size() - 1, last);
        return out;
    }

    private static <T> List<T> concat(List<T> list, T more) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(list);
        out.add(more);
        return out;
    }
}
