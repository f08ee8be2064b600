package dev.evdash.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The forms a view is written in: a PNG image, or an SVG or PDF document, all framed alike. */
public enum ExportFormat {
    PNG, SVG, PDF;

    /** "png", "svg", "pdf": the file name's ending and the name on the command line. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The formats named in {@code names} ("png", "SVG" …); an unknown name is an error that lists the known. */
    public static Set<ExportFormat> parse(Iterable<String> names) {
        Set<ExportFormat> out = EnumSet.noneOf(ExportFormat.class);
        for (String n : names) {
            String name = n.strip().toUpperCase(Locale.ROOT);
            try {
                out.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + n.strip() + "' is not png, svg or pdf");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no format given; choose from png, svg and pdf");
        }
        return out;
    }
}
