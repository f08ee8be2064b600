package dev.evdash.view;

import dev.evdash.data.Source;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * What one view contributes to a report, as the view itself lays it out for print: a title, a subtitle
 * stating its filters, the sources of what it shows, a fresh node with its content (made on the FX
 * thread), and the data behind it as a header and rows for the CSV.
 */
public record ViewReport(String title, String subtitle, List<Source> sources, Supplier<Node> content,
        List<String> header, List<List<Object>> rows) {

    public ViewReport {
        sources = List.copyOf(sources);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
