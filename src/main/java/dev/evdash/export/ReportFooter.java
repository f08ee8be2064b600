package dev.evdash.export;

import dev.evdash.data.Source;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A report image's footer: the sources of what is shown, then where and when it was exported. Names as
 * many sources as its room allows ({@link #showSources}); the rest are counted, and every one of them is
 * in the exported CSV.
 */
final class ReportFooter extends TextFlow {

    /** At most this many sources are named, whatever the room. */
    static final int MAX_SOURCES = 12;

    private final List<Source> sources;
    private final LocalDate date;
    private final String dataLabel;
    private final Text text = new Text();
    private int shown;

    ReportFooter(List<Source> sources, LocalDate date, String dataLabel) {
        this.sources = List.copyOf(sources);
        this.date = date;
        this.dataLabel = dataLabel;
        getStyleClass().add("export-footer");
        text.getStyleClass().add("export-footer-text");
        getChildren().add(text);
        setMinHeight(Region.USE_PREF_SIZE);
        showSources(MAX_SOURCES);
    }

    /** How many sources are named now. */
    int shownSources() {
        return shown;
    }

    /** Names the first {@code count} sources (at least one, if there is any) and counts the rest. */
    void showSources(int count) {
        shown = Math.max(Math.min(1, sources.size()), Math.min(count, sources.size()));
        text.setText(text(sources, shown, date, dataLabel));
    }

    static String text(List<Source> sources, int shown, LocalDate date, String dataLabel) {
        StringBuilder b = new StringBuilder();
        if (!sources.isEmpty()) {
            b.append(sources.size() == 1 ? "Source: " : "Sources: ");
            b.append(String.join("; ", sources.subList(0, shown).stream().map(Source::citation).toList()));
            if (sources.size() > shown) {
                b.append("; and ").append(sources.size() - shown).append(" more, listed in the data file (CSV)");
            }
            b.append(".\n");
        }
        b.append("EVDash, exported ").append(date).append(" from the ").append(dataLabel)
                .append(". Every figure names its source; where sources disagree, the dataset's priority chose.");
        return b.toString();
    }
}
