package dev.evdash.app;

import dev.evdash.export.ExportFormat;
import dev.evdash.export.ReportImage;
import dev.evdash.export.ViewExport;
import dev.evdash.export.ViewExports;
import dev.evdash.model.ViewId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks for an export's size (a preset or custom) and, as the export needs, its scale (an image), the
 * formats a pack adds beside its PNGs, or a report's views and author; remembers the answer in the settings.
 */
final class ExportDialog {

    /** What is exported: an image, an SVG or PDF of the view, a report pack, a report PDF. */
    enum Kind { IMAGE, DOCUMENT, PACK, REPORT }

    /**
     * The answer: layout size and pixels per layout pixel; the formats (a pack: PNG and what is added); the
     * views (a report: the chosen ones, in sidebar order); the author the PDFs name (blank for none).
     */
    record Choice(ReportImage.Size size, int scale, Set<ExportFormat> formats, List<ViewId> views, String author) {
        Choice {
            formats = Set.copyOf(formats);
            views = List.copyOf(views);
        }

        /** An image's size and scale; a pack of PNGs of every view. */
        Choice(ReportImage.Size size, int scale) {
            this(size, scale, Set.of(ExportFormat.PNG), ViewExports.exportable(), "");
        }
    }

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

    /** The author reports name, from the settings; blank when none was given. */
    static String author(Settings settings) {
        return settings.get("report.author").orElse("");
    }

    static Optional<Choice> ask(Window owner, String title, Settings settings, Kind kind) {
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
        Runnable showPixels = () -> pixels.setText(kind == Kind.DOCUMENT || kind == Kind.REPORT
                ? "a page of " + Math.round(width.getValue() * 0.75) + " × " + Math.round(height.getValue() * 0.75)
                        + " pt; the size sets its aspect and layout"
                : width.getValue() * scale.getValue() + " × " + height.getValue() * scale.getValue() + " pixels");
        width.valueProperty().addListener(o -> showPixels.run());
        height.valueProperty().addListener(o -> showPixels.run());
        scale.valueProperty().addListener(o -> showPixels.run());
        showPixels.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        width.setPrefWidth(110);
        height.setPrefWidth(110);
        HBox widthHeight = new HBox(6, width, new Label("×"), height);
        widthHeight.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(0, new Label("Size"), preset);
        grid.addRow(1, new Label("Width × height"), widthHeight);
        if (kind == Kind.IMAGE || kind == Kind.PACK) {
            HBox scaleRow = new HBox(10, scale, pixels);
            scaleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            grid.addRow(2, new Label("Scale"), scaleRow);
        } else {
            grid.add(pixels, 1, 2);
        }
        CheckBox svg = new CheckBox("SVG");
        CheckBox pdf = new CheckBox("PDF");
        svg.setSelected(settings.get("export.pack.svg").map(Boolean::parseBoolean).orElse(false));
        pdf.setSelected(settings.get("export.pack.pdf").map(Boolean::parseBoolean).orElse(false));
        if (kind == Kind.PACK) {
            Label beside = new Label("Beside each PNG, also");
            grid.addRow(3, beside, new HBox(12, svg, pdf));
        }
        List<CheckBox> viewBoxes = new ArrayList<>();
        TextField author = new TextField(author(settings));
        author.setPromptText("none");
        author.setPrefColumnCount(20);
        if (kind == Kind.REPORT) {
            Set<String> unchosen = Set.of(settings.get("report.unchosen").orElse("").split(","));
            FlowPane views = new FlowPane(12, 6);
            views.setPrefWrapLength(420);
            for (ViewId v : ViewExports.exportable()) {
                CheckBox box = new CheckBox(v.title());
                box.setUserData(v);
                box.setSelected(!unchosen.contains(ViewExport.slug(v)));
                viewBoxes.add(box);
                views.getChildren().add(box);
            }
            grid.add(new Label("Views"), 0, 3);
            grid.add(views, 1, 3);
            grid.addRow(4, new Label("Author"), author);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        if (kind == Kind.REPORT) {
            Runnable none = () -> ok.setDisable(viewBoxes.stream().noneMatch(CheckBox::isSelected));
            viewBoxes.forEach(b -> b.selectedProperty().addListener(o -> none.run()));
        }
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Set<ExportFormat> formats = EnumSet.of(ExportFormat.PNG);
            if (kind == Kind.PACK && svg.isSelected()) {
                formats.add(ExportFormat.SVG);
            }
            if (kind == Kind.PACK && pdf.isSelected()) {
                formats.add(ExportFormat.PDF);
            }
            List<ViewId> chosen = kind == Kind.REPORT ? viewBoxes.stream().filter(CheckBox::isSelected)
                    .map(box -> (ViewId) box.getUserData()).toList() : ViewExports.exportable();
            return new Choice(new ReportImage.Size(width.getValue(), height.getValue()), scale.getValue(), formats,
                    chosen, kind == Kind.REPORT ? author.getText().strip() : author(settings));
        });
        Optional<Choice> choice = dialog.showAndWait();
        choice.ifPresent(c -> {
            remember(settings, c);
            if (kind == Kind.PACK) {
                settings.put("export.pack.svg", Boolean.toString(svg.isSelected()));
                settings.put("export.pack.pdf", Boolean.toString(pdf.isSelected()));
            }
            if (kind == Kind.REPORT) {
                settings.put("report.author", c.author());
                settings.put("report.unchosen", ViewExports.exportable().stream().filter(v -> !c.views().contains(v))
                        .map(ViewExport::slug).collect(java.util.stream.Collectors.joining(",")));
            }
            settings.flush();
        });
        return choice;
    }
}
