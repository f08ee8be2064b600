package dev.evdash.view.alliances;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.Area;
import dev.evdash.data.Source;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.graph.GraphMetrics;
import dev.evdash.graph.NodeKind;
import dev.evdash.model.AlliancesModel;
import dev.evdash.view.controls.YearRange;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Alliances filters, canvas, details and legend to {@link AlliancesModel}. */
public final class AlliancesController {

    static final Duration PLAY_STEP = Duration.millis(900);

    private final AlliancesModel model;
    private final AllianceActions actions;
    private final Consumer<String> linkOpener;
    private Timeline playing;

    @FXML private Label summary;
    @FXML private ProgressIndicator busy;
    @FXML private TextField search;
    @FXML private CheckComboBox<Area> areas;
    @FXML private Button play;
    @FXML private FontIcon playIcon;
    @FXML private Label rangeLabel;
    @FXML private RangeSlider years;
    @FXML private CheckComboBox<String> countries;
    @FXML private CheckComboBox<NodeKind> kinds;
    @FXML private Spinner<Integer> minDegree;
    @FXML private ComboBox<GraphMetrics.SizeBy> sizeBy;
    @FXML private ToggleGroup ego;
    @FXML private RadioButton egoOff;
    @FXML private RadioButton ego1;
    @FXML private RadioButton ego2;
    @FXML private GraphCanvas canvas;
    @FXML private VBox details;
    @FXML private FlowPane legend;

    public AlliancesController(AlliancesModel model, AllianceActions actions, Consumer<String> linkOpener) {
        this.model = model;
        this.actions = actions;
        this.linkOpener = linkOpener;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        busy.visibleProperty().bind(model.layoutRunningProperty());
        canvas.setGraphScene(model.sceneProperty().get());
        model.sceneProperty().addListener((obs, old, s) -> canvas.setGraphScene(s));
        canvas.selectedProperty().bindBidirectional(model.selectedProperty());
        canvas.setOnNodeMoved(model::moveNode);
        canvas.viewportProperty().addListener((obs, old, v) -> model.viewStateProperty().set(canvas.viewState()));

        TextFields.bindAutoCompletion(search, model.companyNames());
        bindChecks(areas, List.of(Area.values()), model.areas(), Area::label, "All areas");
        bindChecks(countries, model.availableCountries(), model.countries(), c -> c, "All countries");
        bindChecks(kinds, List.of(NodeKind.values()), model.kinds(), NodeKind::label, "All kinds");
        YearRange.bind(years, rangeLabel, model.years());
        minDegree.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 50, model.minDegreeProperty().get()));
        minDegree.valueProperty().addListener((obs, old, v) -> model.minDegreeProperty().set(v));
        sizeBy.getItems().setAll(GraphMetrics.SizeBy.values());
        sizeBy.valueProperty().bindBidirectional(model.sizeByProperty());
        ego.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                model.egoHopsProperty().set(t == ego1 ? 1 : t == ego2 ? 2 : 0);
            }
        });
        ego1.disableProperty().bind(model.selectedProperty().isNull());
        ego2.disableProperty().bind(model.selectedProperty().isNull());
        model.detailsProperty().addListener((obs, old, d) -> showDetails(d));
        showDetails(model.detailsProperty().get());
        Legend.fill(legend);
    }

    private static <T> void bindChecks(CheckComboBox<T> box, List<T> items, ObservableList<T> chosen,
            Function<T, String> name, String title) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        box.getItems().setAll(items);
        if (items instanceof ObservableList<T> live) {
            live.addListener((ListChangeListener<T>) c -> box.getItems().setAll(live));
        }
        box.setTitle(title);
        chosen.forEach(box.getCheckModel()::check);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            List<T> now = List.copyOf(box.getCheckModel().getCheckedItems());
            if (!now.equals(chosen)) {
                chosen.setAll(now);
            }
            box.setTitle(now.isEmpty() ? title : null);
        });
    }

    private void showDetails(AlliancesModel.Details d) {
        if (d == null) {
            Label hint = new Label("Click a company, or find it by name, to see its partners, deals and sources.");
            hint.setWrapText(true);
            hint.getStyleClass().add("details-hint");
            details.getChildren().setAll(hint);
            return;
        }
        Label name = new Label(d.company().name() + (d.company().localName() == null ? "" : "  " + d.company().localName()));
        name.getStyleClass().add("details-title");
        name.setWrapText(true);
        Label facts = new Label(d.kind() + " · " + d.company().country() + " · " + d.partnerships()
                + (d.partnerships() == 1 ? " partnership" : " partnerships"));
        facts.getStyleClass().add("details-facts");
        facts.setWrapText(true);
        details.getChildren().setAll(name, facts);
        for (AlliancesModel.Deal deal : d.deals()) {
            Label head = new Label(deal.partners() + " · " + deal.areas() + " · " + deal.date());
            head.getStyleClass().add("deal-title");
            head.setWrapText(true);
            Label text = new Label(deal.summary());
            text.setWrapText(true);
            VBox box = new VBox(2, head, text);
            for (Source s : deal.sources()) {
                Hyperlink link = new Hyperlink(s.citation());
                link.setWrapText(true);
                Tooltips.setText(link, s.url());
                link.setOnAction(e -> linkOpener.accept(s.url()));
                box.getChildren().add(link);
            }
            box.getStyleClass().add("deal");
            if (deal.partnership().id().equals(model.selectedDealProperty().get())) {
                box.getStyleClass().add("selected-deal");
                Label marker = new Label("Shown from a time axis");
                marker.getStyleClass().add("selected-deal-note");
                box.getChildren().add(0, marker);
            }
            details.getChildren().add(box);
        }
    }

    @FXML
    private void onSearch() {
        model.find(search.getText()).ifPresent(id -> {
            model.selectedProperty().set(id);
            canvas.centreOn(id);
        });
    }

    @FXML
    private void onPlay() {
        if (playing != null) {
            stopPlaying();
            return;
        }
        int from = model.years().minProperty().get();
        int to = model.years().maxProperty().get();
        model.years().fromProperty().set(from);
        model.years().toProperty().set(from);
        playing = new Timeline(new KeyFrame(PLAY_STEP, e -> {
            if (model.years().to() >= to) {
                stopPlaying();
            } else {
                model.years().toProperty().set(model.years().to() + 1);
            }
        }));
        playing.setCycleCount(Timeline.INDEFINITE);
        playIcon.setIconLiteral("mdi2p-pause");
        playing.play();
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.stop();
            playing = null;
        }
        playIcon.setIconLiteral("mdi2p-play");
    }

    @FXML
    private void onFit() {
        canvas.fit();
    }

    @FXML
    private void onRelayout() {
        model.relayoutFromScratch();
    }

    @FXML
    private void onExportGraphML() {
        actions.export(AllianceActions.Format.GRAPHML, canvas.getScene().getWindow());
    }

    @FXML
    private void onExportGexf() {
        actions.export(AllianceActions.Format.GEXF, canvas.getScene().getWindow());
    }

    @FXML
    private void onExportSvg() {
        actions.export(AllianceActions.Format.SVG, canvas.getScene().getWindow());
    }

    @FXML
    private void onExportPdf() {
        actions.export(AllianceActions.Format.PDF, canvas.getScene().getWindow());
    }
}
