package dev.evdash.export;

import dev.evdash.data.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A report image's footer: the sources of what is shown, then where and when it was exported. Names as
 * many sources as its room allows ({@link #showSources}); the rest are counted, and every one of them is
 * in the exported CSV. In a report PDF each source carries its number in the report's list of sources
 * ("[3] BMW Group, Annual Report 2025"), and the ones not named are given by their numbers.
 */
final class ReportFooter extends TextFlow {

    /** At most this many sources are named, whatever the room. */
    static final int MAX_SOURCES = 12;

    private final List<Source> sources;
    private final LocalDate date;
    private final String dataLabel;
    private final Map<Source, Integer> numbers;
    private final String listedAt;
    private final Text text = new Text();
    private int shown;

    ReportFooter(List<Source> sources, LocalDate date, String dataLabel) {
        this(sources, date, dataLabel, Map.of(), "");
    }

    /**
     * A footer whose sources are numbered as in a report's list of sources; {@code listedAt} says where that
     * list is ("on page 12").
     */
    ReportFooter(List<Source> sources, LocalDate date, String dataLabel, Map<Source, Integer> numbers,
            String listedAt) {
        this.sources = List.copyOf(sources);
        this.date = date;
        this.dataLabel = dataLabel;
        this.numbers = Map.copyOf(numbers);
        this.listedAt = listedAt;
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
        text.setText(numbers.isEmpty() ? text(sources, shown, date, dataLabel)
                : numbered(sources, shown, date, dataLabel, numbers, listedAt));
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
        return b.append(exported(date, dataLabel)).toString();
    }

    static String numbered(List<Source> sources, int shown, LocalDate date, String dataLabel,
            Map<Source, Integer> numbers, String listedAt) {
        StringBuilder b = new StringBuilder();
        if (!sources.isEmpty()) {
            b.append(sources.size() == 1 ? "Source: " : "Sources: ");
            b.append(String.join("; ", sources.subList(0, shown).stream()
                    .map(s -> "[" + numbers.get(s) + "] " + s.citation()).toList()));
            if (sources.size() > shown) {
                List<Integer> rest = sources.subList(shown, sources.size()).stream().map(numbers::get).sorted().toList();
                b.append("; and ").append(rest.size()).append(" more: ").append(ranges(rest));
            }
            b.append(". Listed with their addresses ").append(listedAt).append(".\n");
        }
        return b.append(exported(date, dataLabel)).toString();
    }

    private static String exported(LocalDate date, String dataLabel) {
        return "EVDash, exported " + date + " from the " + dataLabel
                + ". Every figure names its source; where sources disagree, the dataset's priority chose.";
    }

    /** Sorted numbers as runs: "[4]–[7], [9], [12]". */
    static String ranges(List<Integer> sorted) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('[').append(sorted.get(i)).append(']');
            if (j > i) {
                b.append(j == i + 1 ? ", [" : "–[").append(sorted.get(j)).append(']');
            }
            i = j + 1;
        }
        return b.toString();
    }
}
