package dev.evdash.view.market;

import dev.evdash.data.Source;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.Formats;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Binds the China share chart, table and source line to {@link ChinaShareModel}. */
public final class ChinaShareController {

    static final String CHINA = "China";
    static final String REST_OF_WORLD = "Rest of world";

    private final ChinaShareModel model;

    @FXML private Label subtitle;
    @FXML private Label sourceLine;
    @FXML private StackedBarChart<String, Number> salesChart;
    @FXML private NumberAxis salesAxis;
    @FXML private LineChart<String, Number> shareChart;
    @FXML private TableView<ChinaShareRow> table;
    @FXML private TableColumn<ChinaShareRow, Number> yearColumn;
    @FXML private TableColumn<ChinaShareRow, Number> worldColumn;
    @FXML private TableColumn<ChinaShareRow, Number> chinaColumn;
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
        salesAxis.setTickLabelFormatter(new Converter(Formats::compact));

        bindColumn(yearColumn, r -> r.year(), v -> Integer.toString(v.intValue()));
        bindColumn(worldColumn, ChinaShareRow::worldSales, Formats::count);
        bindColumn(chinaColumn, ChinaShareRow::chinaSales, Formats::count);
        bindColumn(restColumn, ChinaShareRow::restOfWorldSales, Formats::count);
        bindColumn(shareColumn, ChinaShareRow::chinaSharePercent, Formats::percent);
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("; ",
                c.getValue().sources().stream().map(Source::title).toList())));
        table.setItems(model.rows());

        model.rows().addListener((ListChangeListener<ChinaShareRow>) c -> redraw());
        redraw();
    }

    private void redraw() {
        XYChart.Series<String, Number> china = new XYChart.Series<>();
        china.setName(CHINA);
        XYChart.Series<String, Number> rest = new XYChart.Series<>();
        rest.setName(REST_OF_WORLD);
        XYChart.Series<String, Number> share = new XYChart.Series<>();
        share.setName("China's share");
        for (ChinaShareRow row : model.rows()) {
            String year = Integer.toString(row.year());
            china.getData().add(new XYChart.Data<>(year, row.chinaSales()));
            rest.getData().add(new XYChart.Data<>(year, row.restOfWorldSales()));
            XYChart.Data<String, Number> point = new XYChart.Data<>(year, row.chinaSharePercent());
            point.setNode(shareMarker(Formats.percent(row.chinaSharePercent()), row.shareTooltip()));
            share.getData().add(point);
        }
        salesChart.getData().setAll(china, rest);
        shareChart.getData().setAll(share);
        for (int i = 0; i < model.rows().size(); i++) {
            ChinaShareRow row = model.rows().get(i);
            install(china.getData().get(i).getNode(), row.chinaTooltip());
            install(rest.getData().get(i).getNode(), row.restOfWorldTooltip());
        }
    }

    private static Node shareMarker(String text, String tooltip) {
        Label label = new Label(text);
        label.getStyleClass().add("share-label");
        label.setTranslateY(-16);
        StackPane dot = new StackPane();
        dot.getStyleClass().add("share-dot");
        StackPane marker = new StackPane(dot, label);
        install(marker, tooltip);
        return marker;
    }

    private static void install(Node node, String text) {
        if (node != null) {
            Tooltip t = new Tooltip(text);
            t.setShowDelay(Duration.millis(150));
            t.setShowDuration(Duration.seconds(30));
            Tooltip.install(node, t);
        }
    }

    private static void bindColumn(TableColumn<ChinaShareRow, Number> column, ToDoubleFunction<ChinaShareRow> value,
            Function<Double, String> format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item.doubleValue()));
            }
        });
    }

    /** Axis labels in the shared number wording. */
    private static final class Converter extends StringConverter<Number> {
        private final Function<Double, String> format;

        Converter(Function<Double, String> format) {
            this.format = format;
        }

        @Override
        public String toString(Number n) {
            return n == null ? "" : format.apply(n.doubleValue());
        }

        @Override
        public Number fromString(String s) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    }
}
