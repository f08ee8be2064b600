package dev.evdash.view.alliances;

import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.graph.GraphCanvas;
import dev.evdash.model.AlliancesModel;
import dev.evdash.view.ViewReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Alliances view in a report: the network as filtered and zoomed, every partnership shown in the CSV. */
public final class AlliancesReport {

    private AlliancesReport() {}

    public static ViewReport of(AlliancesModel model, Dataset d) {
        List<Partnership> shown = model.graphProperty().get() == null ? List.of()
                : model.graphProperty().get().partnerships();
        List<Source> sources = shown.stream().flatMap(p -> p.sources().stream()).distinct().map(d::source)
                .flatMap(Optional::stream).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Partnership p : shown) {
            rows.add(List.of(p.announced(), p.id(),
                    p.parties().stream().map(id -> d.company(id).map(c -> c.name()).orElse(id))
                            .collect(Collectors.joining("; ")),
                    p.areas().stream().map(a -> a.label()).collect(Collectors.joining("; ")),
                    p.status().name().toLowerCase(Locale.ROOT),
                    p.sources().stream().map(id -> d.source(id).map(Source::url).orElse(id))
                            .collect(Collectors.joining(" "))));
        }
        var scene = model.sceneProperty().get();
        var state = model.viewStateProperty().get();
        return new ViewReport("Automaker–technology alliances",
                model.summaryProperty().get() + "; " + model.describeFilter(), sources, () -> {
                    GraphCanvas canvas = new GraphCanvas();
                    canvas.setGraphScene(scene);
                    canvas.selectedProperty().set(model.selectedProperty().get());
                    canvas.layoutBoundsProperty().addListener((obs, old, b) -> canvas.apply(state));
                    VBox.setVgrow(canvas, Priority.ALWAYS);
                    VBox box = new VBox(8, canvas, Legend.create());
                    VBox.setVgrow(box, Priority.ALWAYS);
                    return box;
                },
                List.of("announced", "partnership", "parties", "areas", "status", "sources"), rows);
    }
}
