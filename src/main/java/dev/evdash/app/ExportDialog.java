package dev.evdash.app;

import dev.evdash.export.ReportImage;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks for an export's size (a preset or custom) and scale; remembers the answer in the settings. */
final class ExportDialog {

    /** The answer: layout size and pixels per layout pixel. */
    record Choice(ReportImage.Size size, int scale) {}

    private static final ReportImage.Size CUSTOM = new ReportImage.Size(320, 240);

    private ExportDialog() {}

    /** The last choice, or 1600×900 at 2×. */
    static Choice remembered(Settings settings) {
        try {
            int w = settings.getDouble("export.width").orElse(1600.0).intValue();
            int h = settings.getDouble("export.height").orElse(900.0).intValue();
            int s = settings.getDouble("export.scale").orElse(2.0).intValue();
            return new Choice(new ReportImage.Size(w, h), Math.max(1, Math.min(3, s)));
        } catch (IllegalArgumentException e) {
            return new Choice(new ReportImage.Size(1600, 900), 2);
        }
    }

    static void remember(Settings settings, Choice c) {
        settings.put("export.width", Integer.toString(c.size().width()));
        settings.put("export.height", Integer.toString(c.size().height()));
        settings.put("export.scale", Integer.toString(c.scale()));
        settings.flush();
    }

    static Optional<Choice> ask(Window owner, String title, Settings settings) {
        Choice last = remembered(settings);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ChoiceBox<ReportImage.Size> preset = new ChoiceBox<>();
        preset.getItems().addAll(ReportImage.Size.PRESETS);
        preset.getItems().add(CUSTOM);
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportImage.Size s) {
                if (s == CUSTOM) {
                    return "Custom size";
                }
                String use = s.width() == 1200 ? " (link preview)" : s.width() == 1600 ? " (slides)" : " (full HD)";
                return s + use;
            }

            @Override
            public ReportImage.Size fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Spinner<Integer> width = new Spinner<>(320, 8000, last.size().width(), 10);
        Spinner<Integer> height = new Spinner<>(240, 8000, last.size().height(), 10);
        width.setEditable(true);
        height.setEditable(true);
        preset.setValue(ReportImage.Size.PRESETS.contains(last.size()) ? last.size() : CUSTOM);
        preset.valueProperty().addListener((obs, old, s) -> {
            if (s != CUSTOM) {
                width.getValueFactory().setValue(s.width());
                height.getValueFactory().setValue(s.height());
            }
        });
        width.disableProperty().bind(preset.valueProperty().isNotEqualTo(CUSTOM));
        height.disableProperty().bind(preset.valueProperty().isNotEqualTo(CUSTOM));
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().addAll(List.of(1, 2, 3));
        scale.setValue(last.scale());
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s + "×";
            }

            @Override
            public Integer fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Label pixels = new Label();
        Runnable showPixels = () -> pixels.setText(width.getValue() * scale.getValue() + " × "
                + height.getValue() * scale.getValue() + " pixels");
        width.valueProperty().addListener(o -> showPixels.run());
        height.valueProperty().addListener(o -> showPixels.run());
        scale.valueProperty().addListener(o -> showPixels.run());
        showPixels.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Size"), preset);
        grid.addRow(1, new Label("Width × height"), width, height);
        grid.addRow(2, new Label("Scale"), scale, pixels);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Choice(new ReportImage.Size(width.getValue(), height.getValue()), scale.getValue()) : null);
        Optional<Choice> choice = dialog.showAndWait();
        choice.ifPresent(c -> remember(settings, c));
        return choice;
    }
}
