package dev.evdash.data.iea;

import dev.evdash.data.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads the CSV that the IEA Global EV Data Explorer publishes. Columns are found by their header name,
 * never by position, so both layouts seen so far read the same way: the 2024 edition's
 * {@code region,category,parameter,mode,powertrain,year,unit,value} and the 2025 edition's, whose first
 * column is {@code region_country} and which adds {@code Aggregate group} at the end. A file that lacks a
 * column is refused with the names of the columns it lacks.
 */
public final class IeaCsv {

    /** The columns the import needs, each with the header names it has been published under. */
    enum Column {
        REGION("region", "region_country"),
        CATEGORY("category"),
        PARAMETER("parameter"),
        MODE("mode"),
        POWERTRAIN("powertrain"),
        YEAR("year"),
        UNIT("unit"),
        VALUE("value");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** A file that is not a Data Explorer CSV: no header, or one without the columns the import needs. */
    public static final class LayoutException extends IOException {
        LayoutException(String message) {
            super(message);
        }
    }

    /** One data row: its line in the file, its text as written, and the fields the import reads. */
    public record Row(int line, String text, String region, String category, String parameter, String mode,
            String powertrain, String year, String unit, String value) {}

    /** A row whose shape is wrong (too few fields), with its line. */
    public record BadRow(int line, String message) {}

    /** What was read: the layout, every row, and the rows that could not be read at all. */
    public record Table(String fileName, String layout, List<String> header, List<Row> rows, List<BadRow> badRows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            badRows = List.copyOf(badRows);
        }
    }

    private IeaCsv() {}

    /** Reads {@code file}; {@code progress} gets the bytes read so far (about), for a progress bar. */
    public static Table read(Path file, LongConsumer progress) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), progress);
        }
    }

    public static Table read(Reader reader, String fileName, LongConsumer progress) throws IOException {
        CsvReader csv = new CsvReader(reader);
        CsvReader.Row header = csv.next();
        if (header == null) {
            throw new LayoutException(fileName + ": the file is empty; an IEA Global EV Data Explorer CSV starts with "
                    + "a header row");
        }
        Map<Column, Integer> index = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            int at = find(header.fields(), c.names);
            if (at < 0) {
                missing.add(String.join("' or '", c.names));
            } else {
                index.put(c, at);
            }
        }
        if (!missing.isEmpty()) {
            throw new LayoutException(fileName + ": not an IEA Global EV Data Explorer CSV: line 1 lacks the column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "' (it has '"
                    + String.join("', '", header.fields()) + "')");
        }
        String layout = header.fields().get(index.get(Column.REGION)).strip().equalsIgnoreCase("region")
                ? "2024 layout" : "2025 layout";
        int needed = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<Row> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        long lastReport = 0;
        for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
            List<String> f = r.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < needed) {
                bad.add(new BadRow(r.line(), "line " + r.line() + ": " + f.size() + " field" + (f.size() == 1 ? "" : "s")
                        + ", the header has " + header.fields().size()));
                continue;
            }
            rows.add(new Row(r.line(), r.text(), get(f, index, Column.REGION), get(f, index, Column.CATEGORY),
                    get(f, index, Column.PARAMETER), get(f, index, Column.MODE), get(f, index, Column.POWERTRAIN),
                    get(f, index, Column.YEAR), get(f, index, Column.UNIT), get(f, index, Column.VALUE)));
            if (progress != null && csv.charsRead() - lastReport > 64 * 1024) {
                lastReport = csv.charsRead();
                progress.accept(lastReport);
            }
        }
        if (progress != null) {
            progress.accept(csv.charsRead());
        }
        return new Table(fileName, layout, header.fields(), rows, bad);
    }

    private static int find(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (names.contains(h)) {
                return i;
            }
        }
        return -1;
    }

    private static String get(List<String> fields, Map<Column, Integer> index, Column c) {
        return fields.get(index.get(c)).strip();
    }
}
