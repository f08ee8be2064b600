package dev.evdash.view.controls;

import dev.evdash.fx.Tooltips;
import dev.evdash.data.Source;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;

/** Links to sources: the citation, opening the source's address; a source without one is plain text. */
public final class SourceLinks {

    private SourceLinks() {}

    public static Node link(Source s, Consumer<String> open) {
        if (s.url() == null || s.url().isBlank()) {
            Label plain = new Label(s.citation());
            plain.setWrapText(true);
            plain.getStyleClass().add("source-plain");
            return plain;
        }
        Hyperlink link = new Hyperlink(s.citation());
        link.setWrapText(true);
        Tooltips.setText(link, s.url());
        link.setOnAction(e -> open.accept(s.url()));
        link.getStyleClass().add("source-link");
        return link;
    }

    public static List<Node> links(List<Source> sources, Consumer<String> open) {
        return sources.stream().map(s -> link(s, open)).toList();
    }
}
