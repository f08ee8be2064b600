package dev.evdash.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetStore;
import dev.evdash.data.Edits;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.Partnership;
import dev.evdash.data.Series;
import dev.evdash.model.DataModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataEditorTest {

    static final DatasetCodec CODEC = new DatasetCodec();
    static final DatasetStore STORE = new DatasetStore(CODEC, new DatasetReader());
    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    private final DataModel data = new DataModel(new LoadOutcome(BUNDLED, DataOrigin.bundled(), List.of()));
    private final DataEditor editor = new DataEditor(data, STORE::check);

    private PartnershipForm newDeal(String id) {
        PartnershipForm f = new PartnershipForm(data.getDataset(), null);
        f.field("id").setText(id);
        f.field("parties").values().setAll("byd", "momenta");
        f.field("areas").values().setAll("adas");
        f.field("announced").setText("2026-11");
        f.field("summary").setText("A test partnership.");
        f.field("sources").values().setAll(BUNDLED.sources().get(0).id());
        return f;
    }

    @Test
    void undoAndRedoRestoreExactlyTheDatasetsOfEachStep() {
        List<Dataset> states = new ArrayList<>();
        states.add(data.getDataset());
        PartnershipForm deal = newDeal("byd-momenta-test");
        assertThat(deal.errors()).isEmpty();
        assertThat(editor.apply(deal.editLabel(), deal.edit()).applied()).isTrue();
        states.add(data.getDataset());

        Series bmw = data.getDataset().seriesById("deliveries-bmw-bev").orElseThrow();
        PointForm figure = PointForm.of(data.getDataset(), bmw, 0);
        figure.field("value").setText("1");
        assertThat(editor.apply(figure.editLabel(), figure.edit()).applied()).isTrue();
        states.add(data.getDataset());

        assertThat(editor.apply("delete partnership byd-momenta-test",
                d -> Edits.deletePartnership(d, "byd-momenta-test")).applied()).isTrue();
        states.add(data.getDataset());
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo delete partnership byd-momenta-test");

        String[] asSaved = states.stream().map(CODEC::write).toArray(String[]::new);
        for (int i = states.size() - 2; i >= 0; i--) {
            editor.undo();
            assertThat(data.getDataset()).isEqualTo(states.get(i));
            assertThat(CODEC.write(data.getDataset())).isEqualTo(asSaved[i]);
        }
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.isDirty()).as("back to the loaded data").isFalse();
        assertThat(data.getDataset()).isSameAs(states.get(0));
        for (int i = 1; i < states.size(); i++) {
            editor.redo();
            assertThat(CODEC.write(data.getDataset())).isEqualTo(asSaved[i]);
        }
        assertThat(editor.canRedoProperty().get()).isFalse();
        assertThat(editor.redoTextProperty().get()).isEqualTo("Redo");

        editor.undo();
        editor.apply("add partnership x", newDeal("another-test").edit());
        assertThat(editor.canRedoProperty().get()).as("a new edit drops what was undone").isFalse();
    }

    @Test
    void anEditThatLeavesInvalidDataIsRefusedAndChangesNothing() {
        Dataset before = data.getDataset();
        Partnership any = before.partnerships().get(0);
        Partnership alone = new Partnership(any.id(), List.of("bmw"), any.areas(), any.announced(), any.status(),
                any.summary(), any.sources(), any.note());
        DataEditor.Outcome o = editor.apply("one party", d -> Edits.putPartnership(d, any.id(), alone));
        assertThat(o.applied()).isFalse();
        assertThat(o.problems()).anyMatch(p -> p.contains("/partnerships/") && p.contains("parties"));
        assertThat(data.getDataset()).isSameAs(before);
        assertThat(editor.isDirty()).isFalse();

        String cited = before.partnerships().get(0).sources().get(0);
        DataEditor.Outcome refused = editor.apply("delete source", d -> Edits.deleteSource(d, cited));
        assertThat(refused.problems()).singleElement().asString().startsWith("source '" + cited + "' is cited by");
    }

    @Test
    void savingMakesTheDataCleanAndALoadStartsANewHistory() {
        editor.apply("add", newDeal("byd-momenta-test").edit());
        assertThat(editor.isDirty()).isTrue();
        editor.markSaved();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canUndoProperty().get()).as("saving keeps the history").isTrue();
        editor.undo();
        assertThat(editor.isDirty()).as("undoing past the save is a change again").isTrue();

        data.apply(new LoadOutcome(BUNDLED, DataOrigin.bundled(), List.of()));
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.canRedoProperty().get()).isFalse();
    }
}
