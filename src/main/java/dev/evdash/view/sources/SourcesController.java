package dev.evdash.view.sources;

import dev.evdash.fx.Tooltips;
import dev.evdash.model.SourceRow;
import dev.evdash.model.Formats;
import dev.evdash.model.SourcesModel;
import dev.evdash.view.controls.Columns;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.collections.transformation.SortedList;

/** Binds the Sources table and its search field to {@link SourcesModel}; links go to the link opener. */
public final class SourcesController {

    private final SourcesModel model;
    private final Consumer<String> linkOpener;

    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private TableView<SourceRow> table;
    @FXML private TableColumn<SourceRow, SourceRow> titleColumn;
    @FXML private TableColumn<SourceRow, String> publisherColumn;
    @FXML private TableColumn<SourceRow, String> publishedColumn;
    @FXML private TableColumn<SourceRow, String> kindColumn;
    @FXML private TableColumn<SourceRow, Number> figuresColumn;
    @FXML private TableColumn<SourceRow, Number> partnershipsColumn;
    @FXML private TableColumn<SourceRow, Number> conflictsColumn;

    /** {@code linkOpener} opens a source's address; it refuses anything but http and https. */
    public SourcesController(SourcesModel model, Consumer<String> linkOpener) {
        this.model = model;
        this.linkOpener = linkOpener;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchProperty());
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> model.rows().size() + " of " + model.total() + " sources; every figure names one",
                model.rows()));

        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        titleColumn.setComparator(java.util.Comparator.comparing(SourceRow::title, String.CASE_INSENSITIVE_ORDER));
        titleColumn.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                link.setText(row.title());
                Tooltips.setText(link, row.title() + "\n" + row.url());
                link.setOnAction(e -> linkOpener.accept(row.url()));
                setGraphic(link);
            }
        });
        Columns.text(publisherColumn, SourceRow::publisher);
        Columns.text(publishedColumn, SourceRow::published);
        Columns.text(kindColumn, SourceRow::kind);
        Columns.number(figuresColumn, SourceRow::figures, Formats::count);
        Columns.number(partnershipsColumn, SourceRow::partnerships, Formats::count);
        Columns.number(conflictsColumn, SourceRow::conflicts, Formats::count);

        SortedList<SourceRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
