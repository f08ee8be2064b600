package dev.evdash.export;

import dev.evdash.data.Source;
import dev.evdash.model.ViewId;
import dev.evdash.view.ViewSpec;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * What one view contributes to a report: a title, a subtitle stating its filters, the sources of what it
 * shows, a fresh node with its content (made on the FX thread), and the data behind it as CSV.
 */
public record ViewExport(ViewId view, String title, String subtitle, List<Source> sources, Supplier<Node> content,
        CsvTable data) {

    public ViewExport {
        sources = List.copyOf(sources);
    }

    /** The view's name in file names and on the command line: "china-share", "deliveries" … */
    public static String slug(ViewId view) {
        return ViewSpec.slug(view);
    }

    /** A file name from the view and the date only, never from data text: "deliveries-2026-11-26". */
    public String fileStem(java.time.LocalDate date) {
        return slug(view) + "-" + date;
    }
}
