package dev.evdash.model;

import dev.evdash.data.Area;
import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.graph.AllianceEdge;
import dev.evdash.graph.AllianceFilter;
import dev.evdash.graph.AllianceGraph;
import dev.evdash.graph.ForceLayout;
import dev.evdash.graph.GraphMetrics;
import dev.evdash.graph.GraphScene;
import dev.evdash.graph.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Alliances view's state: filters, selection, node sizing, and the network they leave with its
 * metrics and layout. Filtering, metrics and layout run on {@code background}; results are applied on
 * {@code ui} (the FX thread in the app), newest request wins. Node positions persist across filters, and
 * nodes the user moved stay pinned.
 */
public final class AlliancesModel {

    /** A partnership as the details panel shows it: once, however many parties it has. */
    public record Deal(Partnership partnership, String partners, String areas, String date, String summary,
            List<Source> sources) {}

    /** The selected company and its deals. */
    public record Details(Company company, String kind, int partnerships, double betweenness, List<Deal> deals) {}

    public static final long SEED = 42;
    static final double BASE_RADIUS = 5;
    static final double EXTRA_RADIUS = 13;
    static final double BEND = 14;

    private final ObservableValue<Dataset> dataset;
    private final Executor background;
    private final Executor ui;
    private final ForceLayout layout = new ForceLayout(SEED);

    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final YearRangeModel years = new YearRangeModel();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ObservableList<NodeKind> kinds = FXCollections.observableArrayList();
    private final IntegerProperty minDegree = new SimpleIntegerProperty(this, "minDegree", 0);
    private final IntegerProperty egoHops = new SimpleIntegerProperty(this, "egoHops", 0);
    private final ObjectProperty<GraphMetrics.SizeBy> sizeBy =
            new SimpleObjectProperty<>(this, "sizeBy", GraphMetrics.SizeBy.DEGREE);
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final StringProperty selectedDeal = new SimpleStringProperty(this, "selectedDeal");
    private final ObjectProperty<GraphScene.ViewState> viewState =
            new SimpleObjectProperty<>(this, "viewState", GraphScene.ViewState.FIT);

    private final ObservableList<String> availableCountries = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call holds its listeners only weakly and loses them. */
    private final ObservableList<String> availableCountriesReadOnly = FXCollections.unmodifiableObservableList(availableCountries);
    private final ReadOnlyObjectWrapper<AllianceGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyObjectWrapper<GraphMetrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>(this, "scene", GraphScene.EMPTY);
    private final ReadOnlyBooleanWrapper layoutRunning = new ReadOnlyBooleanWrapper(this, "layoutRunning", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");

    private AllianceGraph full;
    private final Map<String, ForceLayout.Position> positions = new HashMap<>();
    private final Set<String> pinned = new HashSet<>();
    private long generation;
    private boolean updating;

    public AlliancesModel(ObservableValue<Dataset> dataset, Executor background, Executor ui) {
        this.dataset = dataset;
        this.background = background;
        this.ui = ui;
        dataset.addListener((obs, old, d) -> datasetChanged());
        for (Observable o : List.<Observable>of(areas, years.fromProperty(), years.toProperty(), countries, kinds,
                minDegree, egoHops)) {
            o.addListener(x -> refilter());
        }
        selected.addListener((obs, old, id) -> {
            String deal = selectedDeal.get();
            if (deal != null && (id == null || dataset.getValue().partnerships().stream()
                    .noneMatch(p -> p.id().equals(deal) && p.parties().contains(id)))) {
                selectedDeal.set(null); // another company: the deal shown before is not one of its own
            }
            updateDetails();
            if (egoHops.get() > 0) {
                refilter();
            }
        });
        sizeBy.addListener(o -> rebuildScene());
        selectedDeal.addListener(o -> updateDetails());
        datasetChanged();
    }

    private void datasetChanged() {
        Dataset d = dataset.getValue();
        full = AllianceGraph.of(d);
        updating = true;
        TreeSet<Integer> announced = new TreeSet<>();
        d.partnerships().forEach(p -> announced.add(p.announcedYear()));
        years.fit(List.copyOf(announced), 2015, 2025, false);
        availableCountries.setAll(d.companies().stream().map(Company::country).distinct().sorted().toList());
        countries.retainAll(availableCountries);
        if (selected.get() != null && d.company(selected.get()).isEmpty()) {
            selected.set(null);
        }
        updating = false;
        refilter();
    }

    /** The filter the controls describe; the whole year range filters nothing (isolated companies stay). */
    public AllianceFilter filter() {
        int from = years.from() <= years.minProperty().get() ? Integer.MIN_VALUE : years.from();
        int to = years.to() >= years.maxProperty().get() ? Integer.MAX_VALUE : years.to();
        return new AllianceFilter(Set.copyOf(areas), from, to, Set.copyOf(countries),
                Set.copyOf(kinds), minDegree.get(), egoHops.get() > 0 ? selected.get() : null, egoHops.get());
    }

    private void refilter() {
        if (updating || full == null) {
            return;
        }
        AllianceFilter f = filter();
        AllianceGraph source = full;
        Map<String, ForceLayout.Position> start = Map.copyOf(positions);
        Set<String> keep = Set.copyOf(pinned);
        long job = ++generation;
        layoutRunning.set(true);
        background.execute(() -> {
            AllianceGraph g = source.filtered(f);
            GraphMetrics m = new GraphMetrics(g, SEED);
            Map<String, ForceLayout.Position> laid = layout.layout(g, start, keep);
            ui.execute(() -> {
                if (job != generation) {
                    return; // a newer filter is on its way
                }
                positions.putAll(laid);
                graph.set(g);
                metrics.set(m);
                layoutRunning.set(false);
                rebuildScene();
                updateDetails();
            });
        });
    }

    private void rebuildScene() {
        AllianceGraph g = graph.get();
        GraphMetrics m = metrics.get();
        if (g == null || m == null) {
            return;
        }
        scene.set(scene(g, m, positions, sizeBy.get()));
        summary.set(g.partnerships().size() + " partnerships between " + g.vertexCount() + " companies"
                + (g.vertexCount() < full.vertexCount() ? " (of " + full.vertexCount() + ")" : ""));
    }

    /** What the canvas draws for a network, its metrics and positions. */
    public static GraphScene scene(AllianceGraph g, GraphMetrics m, Map<String, ForceLayout.Position> positions,
            GraphMetrics.SizeBy sizeBy) {
        List<GraphScene.Node> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Company c : g.companies()) {
            ForceLayout.Position p = positions.getOrDefault(c.id(), new ForceLayout.Position(0, 0));
            index.put(c.id(), nodes.size());
            nodes.add(new GraphScene.Node(c.id(), shortName(c.name()), p.x(), p.y(),
                    BASE_RADIUS + EXTRA_RADIUS * Math.sqrt(m.scaled(c.id(), sizeBy)),
                    NodeKind.of(c).ordinal(), m.degree(c.id()) + m.betweenness(c.id())));
        }
        List<GraphScene.Edge> edges = new ArrayList<>();
        for (AllianceEdge e : g.graph().edgeSet()) {
            double bend = (e.parallel() - (e.parallelCount() - 1) / 2.0) * BEND;
            edges.add(new GraphScene.Edge(index.get(e.source()), index.get(e.target()),
                    e.partnership().areas().get(0).ordinal(), bend, e.partnership().id()));
        }
        return new GraphScene(nodes, edges);
    }

    /** "Avatr Technology (Changan-controlled)" → "Avatr Technology": labels stay short on the canvas. */
    static String shortName(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    private void updateDetails() {
        AllianceGraph g = graph.get();
        String id = selected.get();
        Dataset d = dataset.getValue();
        if (g == null || id == null) {
            details.set(null);
            return;
        }
        Optional<Company> company = d.company(id);
        if (company.isEmpty()) {
            details.set(null);
            return;
        }
        String deal = selectedDeal.get();
        List<Deal> deals = full.partnershipsOf(id).stream()
                .sorted(java.util.Comparator.comparing((Partnership p) -> !p.id().equals(deal)))
                .map(p -> deal(d, p, id)).toList();
        GraphMetrics m = metrics.get();
        details.set(new Details(company.get(), NodeKind.of(company.get()).label(), deals.size(),
                m == null ? 0 : m.betweenness(id), deals));
    }

    private static Deal deal(Dataset d, Partnership p, String from) {
        String partners = p.parties().stream().filter(x -> !x.equals(from))
                .map(x -> d.company(x).map(Company::name).orElse(x)).collect(Collectors.joining(", "));
        return new Deal(p, partners, p.areas().stream().map(Area::label).collect(Collectors.joining(", ")),
                p.announced(), Formats.clip(p.summary(), Formats.SHOWN_TEXT), p.sources().stream().map(d::source).flatMap(Optional::stream).toList());
    }

    /** The user dropped a node: it stays there, also through later layouts, until unpinned. */
    public void moveNode(String id, double x, double y) {
        positions.put(id, new ForceLayout.Position(x, y));
        pinned.add(id);
        rebuildScene();
    }

    public Set<String> pinned() {
        return Set.copyOf(pinned);
    }

    /** Frees every moved node and lays the network out again from scratch. */
    public void relayoutFromScratch() {
        pinned.clear();
        positions.clear();
        refilter();
    }

    public Optional<ForceLayout.Position> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    /** Company names for the search box's completion. */
    public List<String> companyNames() {
        return dataset.getValue().companies().stream().map(Company::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The company a search text names: its name or local name, whole or (if unique) in part. */
    public Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<Company> cs = dataset.getValue().companies();
        Optional<Company> exact = cs.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(t)
                || t.equals(c.localName()) || c.id().equals(t)).findFirst();
        if (exact.isPresent()) {
            return exact.map(Company::id);
        }
        List<Company> partial = cs.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(t)
                || (c.localName() != null && c.localName().contains(text.strip())))
                .sorted(Comparator.comparing(c -> c.name().length())).toList();
        return partial.isEmpty() ? Optional.empty() : Optional.of(partial.get(0).id());
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public YearRangeModel years() {
        return years;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObservableList<String> availableCountries() {
        return availableCountriesReadOnly;
    }

    public ObservableList<NodeKind> kinds() {
        return kinds;
    }

    public IntegerProperty minDegreeProperty() {
        return minDegree;
    }

    /** 0: the whole network; 1 or 2: only companies that many partnerships from the selection. */
    public IntegerProperty egoHopsProperty() {
        return egoHops;
    }

    public ObjectProperty<GraphMetrics.SizeBy> sizeByProperty() {
        return sizeBy;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    /** The partnership shown first and marked in the details, where one was asked for (from a time axis). */
    public StringProperty selectedDealProperty() {
        return selectedDeal;
    }

    /**
     * Selects partnership {@code id}: its first automaker (else its first party) becomes the selected
     * company, and the deal is shown first in the details. False when the data has no such partnership.
     */
    public boolean showDeal(String id) {
        Dataset d = dataset.getValue();
        Optional<Partnership> p = d.partnerships().stream().filter(x -> x.id().equals(id)).findFirst();
        if (p.isEmpty()) {
            return false;
        }
        String party = p.get().parties().stream()
                .filter(c -> d.company(c).map(x -> x.kind() == dev.evdash.data.CompanyKind.AUTOMAKER).orElse(false))
                .findFirst().orElse(p.get().parties().get(0));
        selectedDeal.set(null);
        selected.set(party);
        selectedDeal.set(id);
        return true;
    }

    /** How the analyst zoomed the network, so that an export shows the same part of it. */
    public ObjectProperty<GraphScene.ViewState> viewStateProperty() {
        return viewState;
    }

    /** The filters in words, for an export's subtitle: "ADAS; 2019–2024; China; partners of BMW Group". */
    public String describeFilter() {
        List<String> parts = new ArrayList<>();
        parts.add(areas.isEmpty() ? "all areas" : areas.stream().map(Area::label).collect(Collectors.joining(", ")));
        parts.add(years.describe());
        if (!countries.isEmpty()) {
            parts.add(String.join(", ", countries));
        }
        if (!kinds.isEmpty()) {
            parts.add(kinds.stream().map(NodeKind::label).collect(Collectors.joining(", ")));
        }
        if (minDegree.get() > 0) {
            parts.add("at least " + minDegree.get() + " partnerships");
        }
        if (egoHops.get() > 0 && selected.get() != null) {
            String name = dataset.getValue().company(selected.get()).map(Company::name).orElse(selected.get());
            parts.add((egoHops.get() == 1 ? "partners of " : "partners of partners of ") + name);
        }
        return String.join("; ", parts);
    }

    public ReadOnlyObjectProperty<AllianceGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphMetrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty layoutRunningProperty() {
        return layoutRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Current positions of the shown companies (for export). */
    public Map<String, ForceLayout.Position> positions() {
        return Map.copyOf(positions);
    }
}
