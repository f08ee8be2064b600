package dev.evdash.model;

import dev.evdash.data.Claim;
import dev.evdash.data.Dataset;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.claims.ClaimRows;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Claims view's state: every claim of the article with its verdict, filtered by verdict; and, apart,
 * every dated figure of the article (and, if asked, of the press) against the record for its series.
 */
public final class ClaimsModel {

    private final ObservableValue<Dataset> dataset;
    private final ObservableList<ClaimRow> claims = FXCollections.observableArrayList();
    private final ObservableList<ClaimRow> claimsReadOnly = FXCollections.unmodifiableObservableList(claims);
    private final ObservableList<String> verdicts = FXCollections.observableArrayList(ClaimRows.ALL);
    private final ObservableList<String> verdictsReadOnly = FXCollections.unmodifiableObservableList(verdicts);
    private final ObjectProperty<String> verdict = new SimpleObjectProperty<>(this, "verdict", ClaimRows.ALL);
    private final ObservableList<ClaimCheck> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<ClaimCheck> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty includePress = new SimpleBooleanProperty(this, "includePress", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper figuresSummary = new ReadOnlyStringWrapper(this, "figuresSummary", "");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private List<ClaimRow> all = List.of();
    /**
     * Whether the figures' table was asked for (the Claims view, its export): it checks every figure of
     * the press and the article, which the claims' summary the Overview shows at start-up does not need.
     */
    private boolean figuresWanted;

    public ClaimsModel(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        dataset.addListener((obs, old, d) -> update());
        includePress.addListener(o -> {
            if (figuresWanted) {
                updateFigures();
            }
        });
        verdict.addListener((obs, old, v) -> {
            if (v == null) {
                verdict.set(ClaimRows.ALL);
            } else {
                filter();
            }
        });
        update();
    }

    private void update() {
        all = ClaimRows.of(dataset.getValue());
        summary.set(ClaimRows.summary(all));
        List<String> keys = new ArrayList<>();
        keys.add(ClaimRows.ALL);
        for (Claim.Verdict v : Claim.Verdict.values()) {
            if (all.stream().anyMatch(r -> r.verdict() == v)) {
                keys.add(v.name());
            }
        }
        if (all.stream().anyMatch(r -> r.verdict() == null)) {
            keys.add(ClaimRows.ADVICE);
        }
        verdicts.setAll(keys);
        if (!keys.contains(verdict.get())) {
            verdict.set(ClaimRows.ALL);
        }
        filter();
        if (figuresWanted) {
            updateFigures();
        }
    }

    private void wantFigures() {
        if (!figuresWanted) {
            figuresWanted = true;
            updateFigures();
        }
    }

    private void filter() {
        String v = verdict.get();
        claims.setAll(ClaimRows.ALL.equals(v) ? all : all.stream().filter(r -> ClaimRows.key(r).equals(v)).toList());
    }

    private void updateFigures() {
        List<ClaimCheck> computed = ClaimsTable.compute(dataset.getValue());
        List<ClaimCheck> shown = includePress.get() ? computed : computed.stream().filter(ClaimCheck::fromArticle).toList();
        rows.setAll(shown);
        long failing = shown.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.DOES_NOT_MATCH).count();
        long holding = shown.size() - failing;
        figuresSummary.set(shown.size() + (shown.size() == 1 ? " figure" : " figures") + " checked: " + failing
                + (failing == 1 ? " does" : " do") + " not match the record, " + holding
                + (holding == 1 ? " holds or matches." : " hold or match."));
    }

    /** The article's claims the verdict filter lets through, in the article's order. */
    public ObservableList<ClaimRow> claims() {
        return claimsReadOnly;
    }

    /**
     * The id of the claim shown in detail. Choosing one the verdict filter hides shows every verdict again.
     */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Shows claim {@code id}: every verdict, that claim selected. */
    public void show(String id) {
        if (claims.stream().noneMatch(r -> r.claim().id().equals(id))) {
            verdict.set(ClaimRows.ALL);
        }
        selected.set(null);
        selected.set(id);
    }

    /** Every claim, whatever the filter. */
    public List<ClaimRow> allClaims() {
        return all;
    }

    /** The filter's keys: {@link ClaimRows#ALL}, the verdicts the claims have, {@link ClaimRows#ADVICE}. */
    public ObservableList<String> verdicts() {
        return verdictsReadOnly;
    }

    public ObjectProperty<String> verdictProperty() {
        return verdict;
    }

    /** Every dated figure of the article (and of the press, if asked) against the record. */
    public ObservableList<ClaimCheck> rows() {
        wantFigures();
        return rowsReadOnly;
    }

    /** Also check the press's figures, not only the article's. */
    public BooleanProperty includePressProperty() {
        return includePress;
    }

    /** How the article's claims fare, counted by verdict. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the figures in the figures table fare. */
    public ReadOnlyStringProperty figuresSummaryProperty() {
        wantFigures();
        return figuresSummary.getReadOnlyProperty();
    }
}
