package dev.evdash.model.edit;

import dev.evdash.data.Claim;
import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Milestone;
import dev.evdash.data.Partnership;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.DataModel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data view's state: the dataset's entries as lists, the form being filled in (one at a time), and
 * the outcome of the last edit. Every change goes through the {@link DataEditor}, so it can be undone.
 */
public final class DataViewModel {

    /** Milestones newest first (a later start first, then the shorter period), ties in file order. */
    static final Comparator<Milestone> NEWEST_FIRST = Comparator.comparing(Milestone::date, Comparator.reverseOrder());

    private final DataModel data;
    private final DataEditor editor;
    private final ObservableList<Partnership> partnerships = FXCollections.observableArrayList();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final ObservableList<dev.evdash.data.Region> regions = FXCollections.observableArrayList();
    private final ObservableList<dev.evdash.data.BrandGroup> brandGroups = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<WatchMetric> watchlist = FXCollections.observableArrayList();
    private final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedSeries = new SimpleObjectProperty<>(this, "selectedSeries");
    private final ObjectProperty<String> selectedMetric = new SimpleObjectProperty<>(this, "selectedMetric");
    private final ObservableList<Point> seriesPoints = FXCollections.observableArrayList();
    private final ObservableList<Point> metricPoints = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Form> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper(this, "formProblem", "");

    public DataViewModel(DataModel data, DataEditor editor) {
        this.data = data;
        this.editor = editor;
        data.datasetProperty().addListener((obs, old, d) -> update(d));
        selectedSeries.addListener((obs, old, id) -> updatePoints(data.getDataset()));
        selectedMetric.addListener((obs, old, id) -> updatePoints(data.getDataset()));
        update(data.getDataset());
    }

    private void update(Dataset d) {
        partnerships.setAll(d.partnerships());
        series.setAll(d.series());
        companies.setAll(d.companies());
        regions.setAll(d.regions());
        brandGroups.setAll(d.brandGroups());
        sources.setAll(d.sources());
        watchlist.setAll(d.watchlist());
        milestones.setAll(d.milestones().stream().sorted(NEWEST_FIRST).toList());
        claims.setAll(d.claims());
        updatePoints(d);
    }

    private void updatePoints(Dataset d) {
        seriesPoints.setAll(Optional.ofNullable(selectedSeries.get()).flatMap(d::seriesById).map(Series::points)
                .orElse(List.of()));
        metricPoints.setAll(metric(d, selectedMetric.get()).map(WatchMetric::points).orElse(List.of()));
    }

    private static Optional<WatchMetric> metric(Dataset d, String id) {
        return d.watchlist().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** "BMW Group – Momenta": a partnership's parties by name. */
    public String partyNames(Partnership p) {
        Dataset d = data.getDataset();
        return String.join(" – ", p.parties().stream().map(id -> d.company(id).map(Company::name).orElse(id)).toList());
    }

    // --- opening forms

    public void newPartnership() {
        open(new PartnershipForm(data.getDataset(), null));
    }

    public void edit(Partnership p) {
        open(new PartnershipForm(data.getDataset(), p));
    }

    public void newSeries() {
        open(new SeriesForm(data.getDataset(), null));
    }

    public void edit(Series s) {
        open(new SeriesForm(data.getDataset(), s));
    }

    public void newCompany() {
        open(new CompanyForm(data.getDataset(), null));
    }

    public void edit(Company c) {
        open(new CompanyForm(data.getDataset(), c));
    }

    public void newSource() {
        open(new SourceForm(data.getDataset(), null));
    }

    public void edit(Source s) {
        open(new SourceForm(data.getDataset(), s));
    }

    public void newWatchMetric() {
        open(new WatchMetricForm(data.getDataset(), null));
    }

    public void edit(WatchMetric w) {
        open(new WatchMetricForm(data.getDataset(), w));
    }

    public void newMilestone() {
        open(new MilestoneForm(data.getDataset(), null));
    }

    public void edit(Milestone m) {
        open(new MilestoneForm(data.getDataset(), m));
    }

    public void newClaim() {
        open(new ClaimForm(data.getDataset(), null));
    }

    public void edit(Claim c) {
        open(new ClaimForm(data.getDataset(), c));
    }

    /** A new figure for the selected series. */
    public void newSeriesPoint() {
        data.getDataset().seriesById(selectedSeries.get()).ifPresent(s -> open(PointForm.of(data.getDataset(), s, -1)));
    }

    public void editSeriesPoint(int index) {
        data.getDataset().seriesById(selectedSeries.get())
                .ifPresent(s -> open(PointForm.of(data.getDataset(), s, index)));
    }

    /** A new value for the selected watchlist metric. */
    public void newMetricPoint() {
        metric(data.getDataset(), selectedMetric.get()).ifPresent(w -> open(PointForm.of(data.getDataset(), w, -1)));
    }

    public void editMetricPoint(int index) {
        metric(data.getDataset(), selectedMetric.get()).ifPresent(w -> open(PointForm.of(data.getDataset(), w, index)));
    }

    private void open(Form f) {
        formProblem.set("");
        form.set(f);
    }

    /** Applies the form being filled in; it closes when the edit was made, else says why not. */
    public boolean applyForm() {
        Form f = form.get();
        if (f == null || !f.isValid()) {
            formProblem.set(f == null ? "" : "Fix the fields marked first: " + String.join("; ", f.errors()));
            return false;
        }
        DataEditor.Outcome o = editor.apply(f.editLabel(), f.edit());
        if (!o.applied()) {
            formProblem.set("Not saved in the data: " + String.join("; ", o.problems()));
            return false;
        }
        message.set(capital(f.editLabel()) + ": done. Save (Ctrl+S) to keep it.");
        form.set(null);
        formProblem.set("");
        return true;
    }

    public void cancelForm() {
        form.set(null);
        formProblem.set("");
    }

    // --- deleting

    public boolean delete(Partnership p) {
        return run("delete partnership " + p.id(), d -> Edits.deletePartnership(d, p.id()));
    }

    public boolean delete(Series s) {
        return run("delete series " + s.id(), d -> Edits.deleteSeries(d, s.id()));
    }

    public void newRegion() {
        open(new RegionForm(data.getDataset(), null));
    }

    public void edit(dev.evdash.data.Region r) {
        open(new RegionForm(data.getDataset(), r));
    }

    public boolean delete(dev.evdash.data.Region r) {
        return run("delete region " + r.id(), d -> Edits.deleteRegion(d, r.id()));
    }

    public void newBrandGroup() {
        open(new BrandGroupForm(data.getDataset(), null));
    }

    public void edit(dev.evdash.data.BrandGroup g) {
        open(new BrandGroupForm(data.getDataset(), g));
    }

    public boolean delete(dev.evdash.data.BrandGroup g) {
        return run("delete brand group " + g.id(), d -> Edits.deleteBrandGroup(d, g.id()));
    }

    public ObservableList<dev.evdash.data.Region> regions() {
        return regions;
    }

    public ObservableList<dev.evdash.data.BrandGroup> brandGroups() {
        return brandGroups;
    }

    public boolean delete(Company c) {
        return run("delete company " + c.id(), d -> Edits.deleteCompany(d, c.id()));
    }

    public boolean delete(Source s) {
        return run("delete source " + s.id(), d -> Edits.deleteSource(d, s.id()));
    }

    public boolean delete(WatchMetric w) {
        return run("delete watchlist metric " + w.id(), d -> Edits.deleteWatchMetric(d, w.id()));
    }

    public boolean delete(Milestone m) {
        return run("delete milestone " + m.id(), d -> Edits.deleteMilestone(d, m.id()));
    }

    public boolean delete(Claim c) {
        return run("delete claim " + c.id(), d -> Edits.deleteClaim(d, c.id()));
    }

    public boolean deleteSeriesPoint(int index) {
        String id = selectedSeries.get();
        return id != null && run("delete figure " + seriesPoints.get(index).period() + " of " + id,
                d -> Edits.deletePoint(d, id, index));
    }

    public boolean deleteMetricPoint(int index) {
        String id = selectedMetric.get();
        return id != null && run("delete value " + metricPoints.get(index).period() + " of " + id,
                d -> Edits.deleteWatchPoint(d, id, index));
    }

    private boolean run(String label, UnaryOperator<Dataset> edit) {
        DataEditor.Outcome o = editor.apply(label, edit);
        message.set(o.applied() ? capital(label) + ": done. Save (Ctrl+S) to keep it."
                : capital(label) + ": refused: " + String.join("; ", o.problems()));
        return o.applied();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // --- state

    public DataEditor editor() {
        return editor;
    }

    public ObservableList<Partnership> partnerships() {
        return partnerships;
    }

    public ObservableList<Series> series() {
        return series;
    }

    public ObservableList<Company> companies() {
        return companies;
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObservableList<WatchMetric> watchlist() {
        return watchlist;
    }

    /** The milestones, newest first. */
    public ObservableList<Milestone> milestones() {
        return milestones;
    }

    /** The claims, in the file's order. */
    public ObservableList<Claim> claims() {
        return claims;
    }

    /** A claim's verdict in the reference's words; a figure claim's is computed from the series it names. */
    public static String verdictText(Claim c) {
        if (c.verdict() != null) {
            return c.verdict().words();
        }
        if (c.check() != null) {
            return "computed from " + c.check().series() + ", " + c.check().period();
        }
        return c.topic() == Claim.Topic.ADVICE ? "not checked" : "";
    }

    /** "BMW Group": a company's name, or its id where the data does not list it. */
    public String companyName(String id) {
        return data.getDataset().company(id).map(Company::name).orElse(id);
    }

    public ObjectProperty<String> selectedSeriesProperty() {
        return selectedSeries;
    }

    public ObjectProperty<String> selectedMetricProperty() {
        return selectedMetric;
    }

    /** The figures of the selected series. */
    public ObservableList<Point> seriesPoints() {
        return seriesPoints;
    }

    /** The values of the selected watchlist metric. */
    public ObservableList<Point> metricPoints() {
        return metricPoints;
    }

    /** The form being filled in; null when none is open. */
    public ReadOnlyObjectProperty<Form> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** Why the last Apply did not go through; empty otherwise. */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    /** The outcome of the last edit or delete. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
