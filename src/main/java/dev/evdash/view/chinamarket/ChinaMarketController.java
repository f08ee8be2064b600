package dev.evdash.view.chinamarket;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.Company;
import dev.evdash.model.Formats;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.chinamarket.ChinaMarketModel;
import dev.evdash.view.chart.TimeChartView;
import dev.evdash.view.controls.Columns;
import dev.evdash.view.controls.Toggles;
import dev.evdash.view.controls.YearRange;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

/** Binds the China market view's controls, four charts and table to {@link ChinaMarketModel}. */
public final class ChinaMarketController {

    private final ChinaMarketModel model;
    private final Consumer<String> openDeal;

    @FXML private Label subtitle;
    @FXML private Label sourceLine;
    @FXML private ComboBox<Company> automaker;
    @FXML private Label rangeLabel;
    @FXML private RangeSlider months;
    @FXML private ToggleGroup granularity;
    @FXML private RadioButton monthly;
    @FXML private RadioButton yearly;
    @FXML private ToggleGroup shareSpan;
    @FXML private RadioButton fullYears;
    @FXML private RadioButton partYears;
    @FXML private CheckComboBox<ChinaMarketCharts.SeriesChoice> bodies;
    @FXML private CheckComboBox<ChinaMarketCharts.SeriesChoice> compare;
    @FXML private ComboBox<String> shareBody;
    @FXML private ComboBox<dev.evdash.model.SourceOption> source;
    @FXML private TimeChartView penetrationChart;
    @FXML private TimeChartView brandChart;
    @FXML private TimeChartView nevChart;
    @FXML private TimeChartView inChinaChart;
    @FXML private Label milestone;
    @FXML private Label inChinaTitle;
    @FXML private javafx.scene.control.Tab inChinaTab;
    @FXML private Label callout;
    @FXML private TableView<ChinaMarketCharts.Row> table;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> chartColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> seriesColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> periodColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, Number> valueColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> unitColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> wordingColumn;
    @FXML private TableColumn<ChinaMarketCharts.Row, String> sourceColumn;

    /** {@code openDeal} shows a partnership in the alliance network (a click on a time axis's marker). */
    public ChinaMarketController(ChinaMarketModel model, Consumer<String> openDeal) {
        this.model = model;
        this.openDeal = openDeal;
    }

    @FXML
    private void initialize() {
        subtitle.textProperty().bind(model.subtitleProperty());
        sourceLine.textProperty().bind(model.sourceLineProperty());
        milestone.textProperty().bind(model.milestoneProperty());
        callout.textProperty().bind(model.calloutProperty());
        callout.visibleProperty().bind(model.calloutProperty().isNotEmpty());
        inChinaTitle.textProperty().bind(Bindings.createStringBinding(
                () -> model.companyName() + " in China: deliveries there and elsewhere, China's share of them",
                model.companyProperty()));
        inChinaTab.textProperty().bind(Bindings.createStringBinding(() -> model.companyName() + " in China",
                model.companyProperty()));

        automaker.setItems(model.automakers());
        automaker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Company c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Company fromString(String s) {
                return null;
            }
        });
        selectCompany();
        model.companyProperty().addListener((obs, old, id) -> selectCompany());
        model.automakers().addListener((ListChangeListener<Company>) c -> selectCompany());
        automaker.valueProperty().addListener((obs, old, c) -> {
            if (c != null && !c.id().equals(model.companyProperty().get())) {
                model.companyProperty().set(c.id());
            }
        });

        YearRange.bind(months, rangeLabel, model.months());
        Toggles.bind(granularity, Map.of(monthly, ChinaMarketCharts.Granularity.MONTHS, yearly,
                ChinaMarketCharts.Granularity.YEARS), model.granularityProperty());
        Toggles.bind(shareSpan, Map.of(fullYears, ChinaMarketCharts.ShareSpan.FULL_YEARS, partYears,
                ChinaMarketCharts.ShareSpan.PART_YEARS), model.shareSpanProperty());
        bindChoices(bodies, "Bodies", model.chinaOptions(), model.chinaSeries());
        bindChoices(compare, "Compare", model.comparisonOptions(), model.comparisonSeries());
        source.setItems(model.sourceOptions());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        shareBody.setItems(model.bodies());
        shareBody.valueProperty().bindBidirectional(model.shareBodyProperty());

        chart(penetrationChart, model.penetrationProperty());
        chart(brandChart, model.brandsProperty());
        chart(nevChart, model.nevProperty());
        chart(inChinaChart, model.inChinaProperty());

        Columns.text(chartColumn, ChinaMarketCharts.Row::chart);
        Columns.text(seriesColumn, ChinaMarketCharts.Row::series);
        Columns.text(periodColumn, r -> r.period().label());
        Columns.number(valueColumn, ChinaMarketCharts.Row::value, Formats::number);
        Columns.text(unitColumn, ChinaMarketCharts.Row::unit);
        Columns.text(wordingColumn, ChinaMarketCharts.Row::wording);
        Columns.text(sourceColumn, ChinaMarketCharts.Row::source);
        table.setItems(model.rows());
    }

    private void selectCompany() {
        String id = model.companyProperty().get();
        model.automakers().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(automaker::setValue);
    }

    private void chart(TimeChartView view, ReadOnlyObjectProperty<ChinaMarketCharts.Chart> chart) {
        view.dataProperty().bind(Bindings.createObjectBinding(() -> chart.get().data(), chart));
        view.onEventProperty().set(openDeal);
    }

    /** A check box list of series whose checked ids are the model's list; the title says how many are shown. */
    private static void bindChoices(CheckComboBox<ChinaMarketCharts.SeriesChoice> box, String title,
            ObservableList<ChinaMarketCharts.SeriesChoice> options, ObservableList<String> chosen) {
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            box.getItems().setAll(options);
            box.getCheckModel().clearChecks();
            options.stream().filter(o -> chosen.contains(o.series().id())).forEach(box.getCheckModel()::check);
            syncing[0] = false;
            describe(box, title);
        };
        fromModel.run();
        options.addListener((ListChangeListener<ChinaMarketCharts.SeriesChoice>) c -> fromModel.run());
        chosen.addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                fromModel.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<ChinaMarketCharts.SeriesChoice>) c -> {
            if (syncing[0]) {
                return;
            }
            List<String> now = box.getCheckModel().getCheckedItems().stream().map(o -> o.series().id()).toList();
            syncing[0] = true;
            chosen.setAll(now);
            syncing[0] = false;
            describe(box, title);
        });
    }

    private static void describe(CheckComboBox<ChinaMarketCharts.SeriesChoice> box, String title) {
        int n = box.getCheckModel().getCheckedItems().size();
        box.setTitle(title + " (" + n + ")");
        Tooltips.setText(box, n == 0 ? "None chosen" : String.join("\n",
                box.getCheckModel().getCheckedItems().stream().map(ChinaMarketCharts.SeriesChoice::label).toList()));
    }

    /** The first chart's event markers, for tests. */
    TimeChartData penetrationData() {
        return penetrationChart.getData();
    }
}
