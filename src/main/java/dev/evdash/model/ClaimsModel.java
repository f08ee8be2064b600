package dev.evdash.model;

import dev.evdash.data.Dataset;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Claims view's state: press and article figures against the record, article claims only by default. */
public final class ClaimsModel {

    private final ObservableValue<Dataset> dataset;
    private final ObservableList<ClaimCheck> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<ClaimCheck> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty includePress = new SimpleBooleanProperty(this, "includePress", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ClaimsModel(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        dataset.addListener((obs, old, d) -> update());
        includePress.addListener(o -> update());
        update();
    }

    private void update() {
        List<ClaimCheck> all = ClaimsTable.compute(dataset.getValue());
        List<ClaimCheck> shown = includePress.get() ? all : all.stream().filter(ClaimCheck::fromArticle).toList();
        rows.setAll(shown);
        long failing = shown.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.DOES_NOT_MATCH).count();
        long holding = shown.size() - failing;
        summary.set(shown.size() + (shown.size() == 1 ? " figure" : " figures") + " checked: " + failing
                + (failing == 1 ? " does" : " do") + " not match the record, " + holding
                + (holding == 1 ? " holds or matches." : " hold or match."));
    }

    public ObservableList<ClaimCheck> rows() {
        return rowsReadOnly;
    }

    /** Also check the press's figures, not only the article's. */
    public BooleanProperty includePressProperty() {
        return includePress;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
