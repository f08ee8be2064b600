package dev.evdash.view.controls;

import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns that show text, or numbers that sort as numbers and read as the app words them. */
public final class Columns {

    private Columns() {}

    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A number column; NaN stands for "no figure" and shows as an empty cell. */
    public static <R> void number(TableColumn<R, Number> column, ToDoubleFunction<R> value, DoubleFunction<String> format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || Double.isNaN(item.doubleValue()) ? null : format.apply(item.doubleValue()));
            }
        });
    }
}
