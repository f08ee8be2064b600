package dev.evdash.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, quotes
 * (doubled) and line breaks; records end with LF or CRLF; a leading byte order mark is skipped. Each
 * record knows the line it starts on and its text as written, so that a problem or a figure can point
 * back to the file.
 */
public final class CsvReader {

    /** One record: its fields, the 1-based line it starts on, and its text without the line end. */
    public record Row(List<String> fields, int line, String text) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** A quote left open at the end of the file. */
    public static final class MalformedCsvException extends IOException {
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Reader in;
    private int line = 1;
    private boolean started;
    private int pushedBack = -2;
    private long charsRead;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Characters consumed so far: for progress. */
    public long charsRead() {
        return charsRead;
    }

    /** The next record, or null at the end of the input. Blank lines are records with one empty field. */
    public Row next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new MalformedCsvException(startLine, "a quoted field opened on line " + startLine
                            + " is not closed before the end of the file");
                }
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                        text.append("\"\"");
                    } else {
                        quoted = false;
                        text.append('"');
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                    text.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                text.append('"');
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                text.append(',');
            } else if (c == '\r') {
                int d = read();
                if (d != '\n') {
                    unread(d);
                }
                line++;
                break;
            } else if (c == '\n') {
                line++;
                break;
            } else {
                field.append((char) c);
                text.append((char) c);
            }
            c = read();
        }
        fields.add(field.toString());
        return new Row(fields, startLine, text.toString());
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (c != -1) {
            charsRead++;
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
