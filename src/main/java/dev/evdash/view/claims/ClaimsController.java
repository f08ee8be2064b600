package dev.evdash.view.claims;

import dev.evdash.data.Claim;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.Formats;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.claims.ClaimRows;
import dev.evdash.view.controls.Columns;
import dev.evdash.view.controls.SourceLinks;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/** Binds the article's claims, the verdict filter and the figures table to {@link ClaimsModel}. */
public final class ClaimsController {

    private static final String[] VERDICT_STYLES = {"verdict-bad", "verdict-good", "verdict-partial", "verdict-unknown",
        "verdict-advice"};

    private final ClaimsModel model;
    private final Consumer<String> openLink;
    private final Consumer<String> showDeal;

    @FXML private Label summary;
    @FXML private ComboBox<String> verdict;
    @FXML private TableView<ClaimRow> claimsTable;
    @FXML private TableColumn<ClaimRow, String> numberColumn;
    @FXML private TableColumn<ClaimRow, String> claimColumn;
    @FXML private TableColumn<ClaimRow, String> topicColumn;
    @FXML private TableColumn<ClaimRow, String> claimVerdictColumn;
    @FXML private VBox claimDetails;
    @FXML private Label claimTitle;
    @FXML private Label claimVerdict;
    @FXML private Label claimRecord;
    @FXML private Label claimScopes;
    @FXML private Label claimReasoning;
    @FXML private FlowPane claimLinks;
    @FXML private Label figuresSummary;
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

    /** {@code openLink} opens a source's address; {@code showDeal} shows a partnership in the network. */
    public ClaimsController(ClaimsModel model, Consumer<String> openLink, Consumer<String> showDeal) {
        this.model = model;
        this.openLink = openLink;
        this.showDeal = showDeal;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        verdict.setItems(model.verdicts());
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : ClaimRows.label(key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        verdict.valueProperty().bindBidirectional(model.verdictProperty());
        Columns.text(numberColumn, r -> String.valueOf(r.number()));
        Columns.text(claimColumn, r -> r.claim().claim());
        Columns.text(topicColumn, r -> r.claim().topic() == null ? "" : r.claim().topic().label());
        Columns.text(claimVerdictColumn, ClaimRow::verdictWords);
        wrap(claimColumn);
        claimVerdictColumn.setCellFactory(col -> verdictCell(row -> style(row.verdict())));
        claimsTable.setItems(model.claims());
        claimsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            showClaim(r);
            model.selectedProperty().set(r == null ? null : r.claim().id());
        });
        model.selectedProperty().addListener((obs, old, id) -> {
            if (id != null) {
                model.claims().stream().filter(r -> r.claim().id().equals(id)).findFirst().ifPresent(r -> {
                    claimsTable.getSelectionModel().select(r);
                    claimsTable.scrollTo(r);
                });
            }
        });
        model.claims().addListener((ListChangeListener<ClaimRow>) c -> {
            if (claimsTable.getSelectionModel().isEmpty()) {
                claimsTable.getSelectionModel().selectFirst();
            }
        });
        claimsTable.getSelectionModel().selectFirst();

        figuresSummary.textProperty().bind(model.figuresSummaryProperty());
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
        verdictColumn.setCellFactory(col -> verdictCell(c -> c.verdict() == ClaimCheck.Verdict.DOES_NOT_MATCH
                ? "verdict-bad" : "verdict-good"));
        table.setItems(model.rows());
        table.getSelectionModel().selectFirst();
        model.rows().addListener((ListChangeListener<ClaimCheck>) ch -> {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
    }

    static String style(Claim.Verdict v) {
        return ClaimsStyles.of(v);
    }

    private static <R> TableCell<R, String> verdictCell(Function<R, String> style) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll(VERDICT_STYLES);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(style.apply(getTableRow().getItem()));
                }
            }
        };
    }

    private void showClaim(ClaimRow r) {
        claimDetails.setVisible(r != null);
        if (r == null) {
            return;
        }
        claimTitle.setText(r.number() + ". " + r.claim().claim());
        claimVerdict.getStyleClass().removeAll(VERDICT_STYLES);
        claimVerdict.getStyleClass().add(style(r.verdict()));
        claimVerdict.setText(r.verdict() == null ? "Advice: tracked, not judged"
                : "Verdict: " + r.verdictWords() + (r.computed() ? " (computed from the data as it is today)"
                        : " (as recorded in the dataset)"));
        claimRecord.setText(r.record().isEmpty() ? "" : "Record: " + r.record());
        String scopes = (r.claimScope().isEmpty() ? "" : "The claim covers: " + r.claimScope())
                + (r.recordScope().isEmpty() ? "" : (r.claimScope().isEmpty() ? "" : "\n") + "The record covers: "
                        + r.recordScope());
        claimScopes.setText(scopes);
        claimReasoning.setText(r.reasoning() == null ? "" : r.reasoning());
        claimLinks.getChildren().clear();
        if (!r.sources().isEmpty()) {
            claimLinks.getChildren().add(new Label("Sources:"));
            claimLinks.getChildren().addAll(SourceLinks.links(r.sources(), openLink));
        } else {
            claimLinks.getChildren().add(new Label("No source in the data."));
        }
        for (Partnership p : r.partnerships()) {
            Hyperlink deal = new Hyperlink("See " + p.id() + " in the alliance network");
            deal.getStyleClass().add("deal-link");
            deal.setOnAction(e -> showDeal.accept(p.id()));
            claimLinks.getChildren().add(deal);
        }
        for (javafx.scene.Node n : claimDetails.getChildren()) {
            if (n instanceof Label l) {
                l.setManaged(!l.getText().isEmpty());
                l.setVisible(!l.getText().isEmpty());
            }
        }
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

    private static <R> void wrap(TableColumn<R, String> column) {
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
