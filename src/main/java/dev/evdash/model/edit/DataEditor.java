package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Problem;
import dev.evdash.model.DataModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Edits the data on screen, with undo and redo. Every edit is a function from one dataset to the next;
 * one that would leave the data invalid (the same checks as loading a file) is refused with its problems
 * and changes nothing. The editor remembers the dataset as last loaded or saved, so it knows whether
 * there are unsaved changes; loading other data (a reload, another file) starts a new history.
 */
public final class DataEditor {

    /** The outcome of an edit: empty problems when it was applied. */
    public record Outcome(List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean applied() {
            return problems.isEmpty();
        }
    }

    private record Step(String label, Dataset before, Dataset after) {}

    private final DataModel data;
    private final Function<Dataset, List<Problem>> validator;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private Dataset saved;

    /** {@code validator} gives the problems of a dataset as a load would find them (none: valid). */
    public DataEditor(DataModel data, Function<Dataset, List<Problem>> validator) {
        this.data = data;
        this.validator = validator;
        this.saved = data.getDataset();
        data.loadsProperty().addListener((obs, old, now) -> { // a load or reload: a new history
            undo.clear();
            redo.clear();
            saved = data.getDataset();
            update();
        });
        update();
    }

    /** Applies {@code edit}, described by {@code label} ("add partnership bmw-momenta"), if it leaves valid data. */
    public Outcome apply(String label, UnaryOperator<Dataset> edit) {
        Dataset before = data.getDataset();
        Dataset after;
        try {
            after = edit.apply(before);
        } catch (Edits.RefusedException e) {
            return new Outcome(List.of(e.getMessage()));
        }
        if (after.equals(before)) {
            return new Outcome(List.of());
        }
        List<Problem> problems = validator.apply(after);
        if (!problems.isEmpty()) {
            return new Outcome(problems.stream().map(p -> (p.pointer().isEmpty() ? "" : p.pointer() + ": ")
                    + p.message()).toList());
        }
        undo.push(new Step(label, before, after));
        redo.clear();
        show(after);
        return new Outcome(List.of());
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Step s = undo.pop();
            redo.push(s);
            show(s.before());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Step s = redo.pop();
            undo.push(s);
            show(s.after());
        }
    }

    /** The data on screen was saved: it is the new reference for unsaved changes. History stays. */
    public void markSaved() {
        saved = data.getDataset();
        update();
    }

    /** The dataset as last loaded or saved. */
    public Dataset saved() {
        return saved;
    }

    private void show(Dataset d) {
        data.showEdited(d);
        update();
    }

    private void update() {
        Dataset now = data.getDataset();
        dirty.set(now != saved && !Objects.equals(now, saved));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    /** True while the data on screen differs from the file as loaded or last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo add partnership bmw-momenta", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
