package dev.evdash.export;

import dev.evdash.data.Source;
import dev.evdash.draw.NodePainter;
import dev.evdash.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pages of a report PDF that are not views: the cover with the dataset's name, date and SHA-256 and a
 * table of contents whose entries link to their pages, and the numbered list of every source the views'
 * footers cite, split over as many pages as it needs. Laid out as the views' pages are, in the report
 * styles, so that they share one look and one drawing path. FX thread.
 */
final class ReportPages {

    /** A line of the table of contents: a title and the page it starts on. */
    record Entry(String title, String detail, int page) {}

    /** A numbered source and the pages whose footers cite it. */
    record Cited(int number, Source source, List<Integer> pages) {}

    private ReportPages() {}

    private static VBox page(Theme theme) {
        dev.evdash.fx.Fonts.loadReportFonts();
        VBox frame = new VBox(8);
        frame.setPadding(new Insets(24, 28, 18, 28));
        frame.getStyleClass().addAll("shell", "export-frame", "report-page");
        if (theme == Theme.DARK) {
            frame.getStyleClass().add("dark");
        }
        return frame;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label footer(String text) {
        return label(text, "report-page-footer");
    }

    /** The cover: title, what the report holds and of which data, then its contents with links to the pages. */
    static Region cover(String title, String subtitle, List<String[]> facts, List<Entry> contents, String footer,
            Theme theme) {
        VBox frame = page(theme);
        GridPane factGrid = new GridPane();
        factGrid.setHgap(16);
        factGrid.setVgap(4);
        factGrid.getStyleClass().add("report-facts");
        for (int i = 0; i < facts.size(); i++) {
            Label key = label(facts.get(i)[0], "report-fact-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            factGrid.addRow(i, key, label(facts.get(i)[1], "report-fact-value"));
        }
        GridPane toc = new GridPane();
        toc.setHgap(16);
        toc.setVgap(5);
        ColumnConstraints page = new ColumnConstraints();
        page.setHalignment(HPos.RIGHT);
        page.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        toc.getColumnConstraints().addAll(page, what);
        for (int i = 0; i < contents.size(); i++) {
            Entry e = contents.get(i);
            Label number = label(Integer.toString(e.page()), "report-toc-page");
            Label name = label(e.title(), "report-link");
            VBox line = new VBox(1, name);
            if (!e.detail().isEmpty()) {
                line.getChildren().add(label(e.detail(), "report-toc-detail"));
            }
            name.getProperties().put(NodePainter.LINK, "#page=" + e.page());
            number.getProperties().put(NodePainter.LINK, "#page=" + e.page());
            toc.addRow(i, number, line);
        }
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        frame.getChildren().addAll(label(title, "export-title"), label(subtitle, "export-subtitle"), factGrid,
                label("Contents", "section-title"), toc, spring, footer(footer));
        return frame;
    }

    private static Node source(Cited c) {
        Source s = c.source();
        Label title = label("[" + c.number() + "] " + s.title(), "report-source-title");
        List<String> about = new ArrayList<>();
        about.add(s.publisher());
        about.add(s.published() == null ? "no date given" : s.published());
        if (s.kind() != null) {
            about.add(s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        about.add((c.pages().size() == 1 ? "cited on page " : "cited on pages ")
                + c.pages().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        VBox box = new VBox(1, title, label(String.join(" · ", about), "report-source-detail"));
        if (s.url() != null && !s.url().isBlank()) {
            Label url = label(s.url(), "report-link");
            if (s.url().startsWith("https://") || s.url().startsWith("http://")) {
                url.getProperties().put(NodePainter.LINK, s.url());
            }
            box.getChildren().add(url);
        }
        return box;
    }

    /**
     * The numbered sources, as many pages of {@code size} as they need, each laid out: in two columns on a
     * landscape page, so that a long list takes half the pages.
     */
    static List<Region> sources(List<Cited> cited, ReportImage.Size size, String footer, Theme theme) {
        int columns = size.width() >= size.height() * 1.2 ? 2 : 1;
        List<Region> pages = new ArrayList<>();
        int next = 0;
        do {
            VBox frame = page(theme);
            HBox body = new HBox(28);
            VBox.setVgrow(body, Priority.ALWAYS);
            List<VBox> lists = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                VBox list = new VBox(8);
                list.setMinWidth(0);
                list.setPrefWidth(0);
                HBox.setHgrow(list, Priority.ALWAYS);
                lists.add(list);
            }
            body.getChildren().addAll(lists);
            String heading = pages.isEmpty() ? "Sources cited in this report" : "Sources cited in this report (continued)";
            frame.getChildren().addAll(label(heading, "export-title"),
                    label(cited.size() + " sources, numbered as the pages' footers cite them; each with its address",
                            "export-subtitle"), body, footer(footer));
            ReportImage.layOut(frame, size, 1);
            double room = body.getHeight();
            for (VBox list : lists) {
                double used = 0;
                while (next < cited.size()) {
                    Node entry = source(cited.get(next));
                    list.getChildren().add(entry);
                    entry.applyCss();
                    double h = entry.prefHeight(list.getWidth());
                    if (used + h > room && list.getChildren().size() > 1) {
                        list.getChildren().remove(entry);
                        break;
                    }
                    used += h + list.getSpacing();
                    next++;
                }
            }
            frame.layout();
            pages.add(frame);
        } while (next < cited.size());
        return pages;
    }
}
