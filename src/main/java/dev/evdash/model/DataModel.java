package dev.evdash.model;

import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.FileStamp;
import dev.evdash.data.LoadOutcome;
import dev.evdash.data.Problem;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dataset on screen, where it came from, and the problems of the last file that could not be used.
 * Every view model derives from {@link #datasetProperty()}; a new dataset updates them all. Change it on
 * the FX thread once views are bound.
 */
public final class DataModel {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<DataOrigin> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<Problem> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "loads");
    private FileStamp stamp;

    public DataModel(LoadOutcome initial) {
        apply(initial);
    }

    /** Shows the outcome's dataset and its problems (if the requested file could not be used). */
    public void apply(LoadOutcome outcome) {
        stamp = outcome.stamp();
        origin.set(outcome.origin());
        dataset.set(outcome.dataset());
        loads.set(loads.get() + 1);
        if (outcome.hasProblems()) {
            setProblems(outcome.problems(), summary(outcome.problems(), "the " + outcome.origin().label()
                    + " is shown instead"));
        } else {
            showMergeConflicts(outcome.dataset(), outcome.origin());
        }
    }

    /** A dataset loads with the conflicts a merge recorded in it: they are listed, each at its pointer. */
    private void showMergeConflicts(Dataset d, DataOrigin from) {
        if (d.mergeConflicts().isEmpty()) {
            setProblems(List.of(), "");
            return;
        }
        List<Problem> list = d.mergeConflicts().stream().map(c -> c.asProblem(from.label())).toList();
        int n = list.size();
        String name = from.path().map(p -> p.getFileName().toString()).orElse(from.label());
        setProblems(list, name + " has " + n + (n == 1 ? " unresolved merge conflict" : " unresolved merge"
                + " conflicts") + ", kept as ours until resolved: Resolve… picks the values, or edit the file.");
    }

    /**
     * Lists the merge conflicts the data on screen still records, where the problems shown are such conflicts
     * (after some were resolved); problems of another kind stay as they are.
     */
    public void listMergeConflicts() {
        boolean onlyConflicts = problems().stream().allMatch(p -> p.message().startsWith("unresolved merge conflict"));
        if (onlyConflicts) {
            showMergeConflicts(getDataset(), getOrigin());
        }
    }

    /** Counts the datasets loaded (not edited): changes after each load or reload, even of equal data. */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Shows an edited dataset: same origin, not yet saved. */
    public void showEdited(Dataset edited) {
        dataset.set(edited);
    }

    /** The data on screen was saved to {@code file}, which now holds {@code saved}. */
    public void markSaved(java.nio.file.Path file, FileStamp saved) {
        stamp = saved;
        origin.set(DataOrigin.file(file));
    }

    /** What the data file held when it was loaded or last saved; empty for the bundled dataset. */
    public Optional<FileStamp> getStamp() {
        return Optional.ofNullable(stamp);
    }

    /** A file could not be used; the data on screen stays as it is. */
    public void keepDataWithProblems(List<Problem> list) {
        setProblems(list, summary(list, "the data on screen is unchanged"));
    }

    /** Something other than loading failed (an export): shown in the same place, the data unchanged. */
    public void report(String what, List<Problem> list) {
        setProblems(list, what + ": " + list.get(0).format());
    }

    public void clearProblems() {
        setProblems(List.of(), "");
    }

    private void setProblems(List<Problem> list, String summary) {
        problems.setAll(list);
        problemSummary.set(summary);
    }

    private static String summary(List<Problem> list, String consequence) {
        String file = list.get(0).file();
        int n = list.size();
        return file + " could not be used (" + n + (n == 1 ? " problem" : " problems") + "); " + consequence + ".";
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ReadOnlyObjectProperty<DataOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    public DataOrigin getOrigin() {
        return origin.get();
    }

    public ObservableList<Problem> problems() {
        return problemsReadOnly;
    }

    /** One sentence on the last problems, empty when there are none. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }
}
