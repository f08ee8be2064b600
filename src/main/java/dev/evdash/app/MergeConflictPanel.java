package dev.evdash.app;

import dev.evdash.data.MergeConflict;
import dev.evdash.data.merge.ConflictResolution;
import dev.evdash.data.merge.ConflictResolution.Choice;
import dev.evdash.data.merge.ConflictResolution.Pick;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tools.jackson.databind.JsonNode;

/**
 * The conflicts of a merge, each with its three values: the analyst picks ours, theirs or base, or types
 * a value, per conflict. Ours is picked to begin with (what the merged data holds). The answer is one
 * choice per conflict; cancelling leaves the data as it was before the merge.
 */
final class MergeConflictPanel {

    static final ButtonType SAVE = new ButtonType("Save the merge", ButtonBar.ButtonData.OK_DONE);
    private static final int SHOWN = 160;

    private MergeConflictPanel() {}

    static Optional<Map<MergeConflict, Choice>> ask(Window owner, String summary, List<MergeConflict> conflicts) {
        Dialog<Map<MergeConflict, Choice>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Merge conflicts");
        dialog.setHeaderText(summary + ". Pick the value to keep for each conflict.");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("merge-conflict-panel");
        VBox rows = new VBox(14);
        rows.setPadding(new Insets(4, 8, 4, 4));
        Map<MergeConflict, ToggleGroup> groups = new LinkedHashMap<>();
        Map<MergeConflict, TextField> typed = new LinkedHashMap<>();
        for (MergeConflict c : conflicts) {
            String why = c.why().isEmpty() ? "" : Character.toUpperCase(c.why().charAt(0)) + c.why().substring(1);
            Label what = new Label(why + " (" + c.pointer() + ")");
            what.getStyleClass().add("merge-conflict-what");
            what.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            int row = 0;
            for (Pick pick : List.of(Pick.OURS, Pick.THEIRS, Pick.BASE)) {
                RadioButton b = new RadioButton(switch (pick) {
                    case OURS -> "Ours (this window)";
                    case THEIRS -> "Theirs (the file on disk)";
                    default -> "Base (as loaded)";
                });
                b.setUserData(pick);
                b.setToggleGroup(group);
                b.getStyleClass().add("merge-pick-" + pick.name().toLowerCase(java.util.Locale.ROOT));
                Label value = new Label(shown(switch (pick) {
                    case OURS -> c.ours();
                    case THEIRS -> c.theirs();
                    default -> c.base();
                }));
                value.setWrapText(true);
                value.setMaxWidth(520);
                grid.addRow(row++, b, value);
            }
            RadioButton edit = new RadioButton("Edit");
            edit.setUserData(Pick.EDITED);
            edit.setToggleGroup(group);
            TextField field = new TextField(c.ours() == null ? "" : c.ours().isString() ? c.ours().asString()
                    : c.ours().toString());
            field.setPromptText("a number, text, or JSON");
            field.textProperty().addListener((obs, old, now) -> group.selectToggle(edit));
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(row, edit, field);
            group.selectToggle(group.getToggles().get(0));
            groups.put(c, group);
            typed.put(c, field);
            rows.getChildren().add(new VBox(6, what, grid));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(480, 150.0 * conflicts.size()));
        scroll.setPrefViewportWidth(720);
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> {
            if (button != SAVE) {
                return null;
            }
            Map<MergeConflict, Choice> out = new LinkedHashMap<>();
            groups.forEach((c, g) -> {
                Pick pick = (Pick) g.getSelectedToggle().getUserData();
                out.put(c, pick == Pick.EDITED ? Choice.typed(typed.get(c).getText()) : Choice.of(pick));
            });
            return out;
        });
        return dialog.showAndWait();
    }

    /** A value as the panel shows it: absent, text as itself, anything else as JSON; long ones cut. */
    static String shown(JsonNode v) {
        String s = v == null ? "(absent: that side deleted it)" : v.isString() ? v.asString() : v.toString();
        return s.length() > SHOWN ? s.substring(0, SHOWN - 1) + "…" : s;
    }
}
