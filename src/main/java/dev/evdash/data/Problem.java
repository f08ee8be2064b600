package dev.evdash.data;

/**
 * Something wrong with a data file: where (file, line and column when the text gives them, JSON pointer
 * when the problem is about a value) and what, in words a user can act on.
 *
 * @param file the file as the user named it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer JSON pointer of the value concerned ("" for the whole document or when not applicable)
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String pointer, String message) {

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code FILE:LINE:COL: message (pointer)}, the form editors and terminals link to; no column for a whole line. */
    public String format() {
        StringBuilder b = new StringBuilder(file);
        if (hasPosition()) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ").append(message);
        if (!pointer.isEmpty()) {
            b.append(" (").append(pointer).append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
