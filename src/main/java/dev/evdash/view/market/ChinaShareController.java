package dev.evdash.view.market;

import dev.evdash.data.Source;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.ChinaShareTable;
import dev.evdash.model.Formats;
import dev.evdash.model.RegionTotal;
import dev.evdash.model.SourceOption;
import dev.evdash.view.chart.BarChartView;
import dev.evdash.view.controls.Columns;
import dev.evdash.view.controls.Toggles;
import dev.evdash.view.controls.YearRange;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.RangeSlider;

/** Binds the China share controls, region bars, share line and table to {@link ChinaShareModel}. */
public final class ChinaShareController {

    private final ChinaShareModel model;

    @FXML private Label subtitle;
    @FXML private Label sourceLine;
    @FXML private Label rangeLabel;
    @FXML private RangeSlider years;
    @FXML private ToggleGroup mode;
    @FXML private RadioButton absolute;
    @FXML private RadioButton share;
    @FXML private ToggleGroup scope;
    @FXML private RadioButton both;
    @FXML private RadioButton bev;
    @FXML private RadioButton phev;
    @FXML private ComboBox<SourceOption> source;
    @FXML private BarChartView salesChart;
    @FXML private TableView<ChinaShareRow> table;
    @FXML private TableColumn<ChinaShareRow, Number> yearColumn;
    @FXML private TableColumn<ChinaShareRow, Number> worldColumn;
    @FXML private TableColumn<ChinaShareRow, Number> chinaColumn;
    @FXML private TableColumn<ChinaShareRow, Number> europeColumn;
    @FXML private TableColumn<ChinaShareRow, Number> usaColumn;
    @FXML private TableColumn<ChinaShareRow, Number> restColumn;
    @FXML private TableColumn<ChinaShareRow, Number> shareColumn;
    @FXML private TableColumn<ChinaShareRow, String> sourceColumn;

    public ChinaShareController(ChinaShareModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        subtitle.textProperty().bind(model.subtitleProperty());
        sourceLine.textProperty().bind(model.sourceLineProperty());
        YearRange.bind(years, rangeLabel, model.years());
        Toggles.bind(mode, Map.of(absolute, ChinaShareModel.Mode.ABSOLUTE, share, ChinaShareModel.Mode.SHARE_OF_WORLD),
                model.modeProperty());
        Toggles.bind(scope, Map.of(both, ChinaShareTable.Scope.BOTH, bev, ChinaShareTable.Scope.BEV,
                phev, ChinaShareTable.Scope.PHEV), model.scopeProperty());
        source.setItems(model.sourceOptions());
        source.valueProperty().bindBidirectional(model.sourceProperty());

        salesChart.dataProperty().bind(model.chartProperty());
        salesChart.tickFormatProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.modeProperty().get() == ChinaShareModel.Mode.SHARE_OF_WORLD
                        ? (java.util.function.DoubleFunction<String>) v -> Formats.count(v) + " %"
                        : Formats::compact, model.modeProperty()));

        Columns.number(yearColumn, ChinaShareRow::year, v -> Integer.toString((int) v));
        Columns.number(worldColumn, ChinaShareRow::worldSales, Formats::count);
        Columns.number(chinaColumn, ChinaShareRow::chinaSales, Formats::count);
        Columns.number(europeColumn, r -> figure(r.europe()), Formats::count);
        Columns.number(usaColumn, r -> figure(r.usa()), Formats::count);
        Columns.number(restColumn, ChinaShareRow::otherSales, Formats::count);
        Columns.number(shareColumn, ChinaShareRow::chinaSharePercent, Formats::percent);
        Columns.text(sourceColumn, r -> String.join("; ", r.sources().stream().map(Source::title).toList()));
        table.setItems(model.rows());
    }

    private static double figure(Optional<RegionTotal> region) {
        return region.map(RegionTotal::value).orElse(Double.NaN);
    }
}
