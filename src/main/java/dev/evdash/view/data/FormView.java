package dev.evdash.view.data;

import dev.evdash.model.edit.Form;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;

/**
 * Lays a {@link Form} out as label, control and, beside it, the reason the field is refused; the control
 * is marked {@code :invalid} while it has one. Controls are bound to the form's fields both ways.
 */
public final class FormView {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FormView() {}

    public static GridPane build(Form form) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("edit-form");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
        int row = 0;
        for (Form.Field f : form.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            Control control = control(f);
            control.setId("field-" + f.key());
            control.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(control);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId("error-" + f.key());
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            control.pseudoClassStateChanged(INVALID, !f.getError().isEmpty());
            f.errorProperty().addListener((obs, old, e) -> control.pseudoClassStateChanged(INVALID, !e.isEmpty()));
            grid.add(label, 0, row);
            grid.add(control, 1, row++);
            grid.add(error, 1, row++);
        }
        return grid;
    }

    private static Control control(Form.Field f) {
        switch (f.kind()) {
            case AREA -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                area.textProperty().bindBidirectional(f.textProperty());
                return area;
            }
            case CHOICE -> {
                ComboBox<Form.Choice> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.setVisibleRowCount(14);
                box.setValue(choice(f, f.getText()));
                box.valueProperty().addListener((obs, old, c) -> f.setText(c == null ? "" : c.value()));
                f.textProperty().addListener((obs, old, t) -> {
                    Form.Choice c = choice(f, t);
                    if (!Objects.equals(box.getValue(), c)) {
                        box.setValue(c);
                    }
                });
                return box;
            }
            case MULTI -> {
                CheckComboBox<Form.Choice> box = new CheckComboBox<>();
                box.getItems().setAll(f.choices());
                box.setShowCheckedCount(false);
                box.setTitle(null);
                for (String v : f.values()) {
                    Form.Choice c = choice(f, v);
                    if (c != null) {
                        box.getCheckModel().check(c);
                    }
                }
                box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Form.Choice>) ch -> {
                    // keep the order the user checked them in, as far as the list tells it
                    var checked = box.getCheckModel().getCheckedItems().stream().map(Form.Choice::value).toList();
                    var kept = new java.util.ArrayList<>(f.values().stream().filter(checked::contains).toList());
                    checked.stream().filter(v -> !kept.contains(v)).forEach(kept::add);
                    if (!kept.equals(f.values())) {
                        f.values().setAll(kept);
                    }
                });
                return box;
            }
            default -> {
                TextField field = new TextField();
                field.setPromptText(f.hint());
                field.textProperty().bindBidirectional(f.textProperty());
                return field;
            }
        }
    }

    private static Form.Choice choice(Form.Field f, String value) {
        return f.choices().stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
    }
}
