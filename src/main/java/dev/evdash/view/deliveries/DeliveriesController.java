package dev.evdash.view.deliveries;

import dev.evdash.data.Company;
import dev.evdash.data.Period;
import dev.evdash.data.Source;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.model.DeliveriesTable;
import dev.evdash.model.Figure;
import dev.evdash.model.Formats;
import dev.evdash.model.SourceOption;
import dev.evdash.view.chart.BarChartView;
import dev.evdash.view.controls.Columns;
import dev.evdash.view.controls.YearRange;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

/** Binds the Deliveries controls, chart and table to {@link DeliveriesModel}. */
public final class DeliveriesController {

    private final DeliveriesModel model;
    private boolean syncing;

    @FXML private Label subtitle;
    @FXML private Label sourceLine;
    @FXML private CheckComboBox<Company> companies;
    @FXML private ToggleGroup granularity;
    @FXML private RadioButton yearly;
    @FXML private RadioButton quarterly;
    @FXML private RadioButton monthly;
    @FXML private Label rangeLabel;
    @FXML private RangeSlider years;
    @FXML private CheckBox split;
    @FXML private CheckBox logScale;
    @FXML private ComboBox<SourceOption> source;
    @FXML private ComboBox<Company> ratioFirst;
    @FXML private ComboBox<Company> ratioSecond;
    @FXML private Label ratio;
    @FXML private BarChartView chart;
    @FXML private TableView<DeliveriesTable.Row> table;
    @FXML private TableColumn<DeliveriesTable.Row, String> periodColumn;
    @FXML private TableColumn<DeliveriesTable.Row, String> companyColumn;
    @FXML private TableColumn<DeliveriesTable.Row, Number> bevColumn;
    @FXML private TableColumn<DeliveriesTable.Row, Number> phevColumn;
    @FXML private TableColumn<DeliveriesTable.Row, Number> totalColumn;
    @FXML private TableColumn<DeliveriesTable.Row, String> conflictColumn;
    @FXML private TableColumn<DeliveriesTable.Row, String> sourceColumn;

    public DeliveriesController(DeliveriesModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        subtitle.textProperty().bind(model.subtitleProperty());
        sourceLine.textProperty().bind(model.sourceLineProperty());
        ratio.textProperty().bind(model.ratioProperty());

        StringConverter<Company> names = new StringConverter<>() {
            @Override
            public String toString(Company c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Company fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
        companies.setConverter(names);
        companies.setTitle("Automakers");
        companies.setShowCheckedCount(true);
        bindCompanies();
        bindRatioChoice(ratioFirst, names, model.ratioFirstProperty());
        bindRatioChoice(ratioSecond, names, model.ratioSecondProperty());

        dev.evdash.view.controls.Toggles.bind(granularity, java.util.Map.of(yearly, Period.Granularity.YEAR,
                quarterly, Period.Granularity.QUARTER, monthly, Period.Granularity.MONTH), model.granularityProperty());

        YearRange.bind(years, rangeLabel, model.years());
        split.selectedProperty().bindBidirectional(model.splitProperty());
        logScale.selectedProperty().bindBidirectional(model.logScaleProperty());
        logScale.disableProperty().bind(model.splitProperty());
        source.setItems(model.sourceOptions());
        source.valueProperty().bindBidirectional(model.sourceProperty());

        chart.dataProperty().bind(model.chartProperty());
        chart.logScaleProperty().bind(model.logScaleProperty());
        chart.setTickFormat(Formats::compact);

        Columns.text(periodColumn, r -> r.period().toString());
        Columns.text(companyColumn, r -> r.company().name());
        Columns.number(bevColumn, r -> figure(r.bev()), Formats::count);
        Columns.number(phevColumn, r -> figure(r.phev()), Formats::count);
        Columns.number(totalColumn, r -> r.hasTotal() ? r.total() : Double.NaN, Formats::count);
        Columns.text(conflictColumn, r -> r.conflict() ? "⚠ no" : "yes");
        Columns.text(sourceColumn, r -> String.join("; ", r.sources().stream().map(Source::title).toList()));
        table.setItems(model.rows());
    }

    private static double figure(Optional<Figure> f) {
        return f.map(Figure::value).orElse(Double.NaN);
    }

    private void bindCompanies() {
        companies.getItems().setAll(model.availableCompanies());
        model.availableCompanies().addListener((ListChangeListener<Company>) c -> {
            syncing = true;
            companies.getItems().setAll(model.availableCompanies());
            syncing = false;
            checkSelected();
        });
        checkSelected();
        companies.getCheckModel().getCheckedItems().addListener((ListChangeListener<Company>) c -> {
            if (!syncing) {
                model.selectedCompanies().setAll(companies.getItems().stream()
                        .filter(companies.getCheckModel()::isChecked).map(Company::id).toList());
            }
        });
        model.selectedCompanies().addListener((ListChangeListener<String>) c -> checkSelected());
    }

    private void checkSelected() {
        if (syncing) {
            return;
        }
        syncing = true;
        for (Company c : companies.getItems()) {
            if (model.selectedCompanies().contains(c.id())) {
                companies.getCheckModel().check(c);
            } else {
                companies.getCheckModel().clearCheck(c);
            }
        }
        syncing = false;
    }

    private void bindRatioChoice(ComboBox<Company> box, StringConverter<Company> names, ObjectProperty<String> id) {
        box.setConverter(names);
        box.setItems(model.availableCompanies());
        Runnable show = () -> box.setValue(model.availableCompanies().stream()
                .filter(c -> c.id().equals(id.get())).findFirst().orElse(null));
        show.run();
        id.addListener((obs, old, v) -> show.run());
        model.availableCompanies().addListener((ListChangeListener<Company>) c -> show.run());
        box.valueProperty().addListener((obs, old, c) -> {
            if (c != null) {
                id.set(c.id());
            }
        });
    }
}
