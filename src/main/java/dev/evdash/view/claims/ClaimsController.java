package dev.evdash.view.claims;

import dev.evdash.data.Source;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.Formats;
import dev.evdash.view.controls.Columns;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** Binds the claims table to {@link ClaimsModel}. */
public final class ClaimsController {

    private final ClaimsModel model;

    @FXML private Label summary;
    @FXML private CheckBox includePress;
    @FXML private TableView<ClaimCheck> table;
    @FXML private TableColumn<ClaimCheck, String> figureColumn;
    @FXML private TableColumn<ClaimCheck, String> claimedColumn;
    @FXML private TableColumn<ClaimCheck, String> recordColumn;
    @FXML private TableColumn<ClaimCheck, String> differenceColumn;
    @FXML private TableColumn<ClaimCheck, Number> percentColumn;
    @FXML private TableColumn<ClaimCheck, String> verdictColumn;
    @FXML private Label claimScope;
    @FXML private Label recordScope;

    public ClaimsController(ClaimsModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        includePress.selectedProperty().bindBidirectional(model.includePressProperty());
        Columns.text(figureColumn, c -> (c.series().name() == null ? c.series().id() : c.series().name()) + ", "
                + c.claim().period());
        Columns.text(claimedColumn, ClaimCheck::claimText);
        Columns.text(recordColumn, ClaimCheck::recordText);
        Columns.text(differenceColumn, ClaimCheck::differenceText);
        Columns.number(percentColumn, ClaimCheck::differencePercent, v -> Formats.signedPercent(v));
        Columns.text(verdictColumn, c -> c.verdict().words());
        wrap(figureColumn);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> showScopes(c));
        verdictColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("verdict-bad", "verdict-good");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(getTableRow().getItem().verdict() == ClaimCheck.Verdict.DOES_NOT_MATCH
                            ? "verdict-bad" : "verdict-good");
                }
            }
        });
        table.setItems(model.rows());
        table.getSelectionModel().selectFirst();
        model.rows().addListener((javafx.collections.ListChangeListener<ClaimCheck>) ch -> {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
    }

    private void showScopes(ClaimCheck c) {
        claimScope.setText(c == null ? "" : "Claim, " + c.claimText() + ": " + sentence(c.claimScope()) + " Source: "
                + c.claimSource().citation() + ".");
        recordScope.setText(c == null ? "" : "Record, " + c.recordText() + ": " + sentence(c.recordScope()) + " Source: "
                + c.recordSources().stream().map(Source::citation).collect(Collectors.joining("; ")) + ".");
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static void wrap(TableColumn<ClaimCheck, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
    }
}
