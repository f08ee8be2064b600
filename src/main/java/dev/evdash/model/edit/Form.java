package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The fields of one entry being added or changed, checked as the user types: each field carries the
 * reason it is refused, shown beside it, and the form is valid only when no field has one. Subclasses say
 * which fields there are, what is wrong with them, and which edit the finished form makes. Plain
 * properties, tested without a window; the view only binds controls to the fields.
 */
public abstract class Form {

    /** How a field is entered. */
    public enum Kind { TEXT, AREA, CHOICE, MULTI }

    /** One option of a choice: the value stored and the words shown. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One field: its text (or, for {@link Kind#MULTI}, its chosen values) and the reason it is refused. */
    public static final class Field {
        private final String key;
        private final String label;
        private final Kind kind;
        private final List<Choice> choices;
        private final String hint;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final ObservableList<String> values = FXCollections.observableArrayList();
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

        Field(String key, String label, Kind kind, List<Choice> choices, String hint) {
            this.key = key;
            this.label = label;
            this.kind = kind;
            this.choices = List.copyOf(choices);
            this.hint = hint;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public Kind kind() {
            return kind;
        }

        public List<Choice> choices() {
            return choices;
        }

        /** Words shown in an empty field: the expected form ("2025, 2025-03 or 2025-03-26"). */
        public String hint() {
            return hint;
        }

        public StringProperty textProperty() {
            return text;
        }

        public String getText() {
            return text.get();
        }

        public void setText(String value) {
            text.set(value == null ? "" : value);
        }

        /** The chosen values of a {@link Kind#MULTI} field, in the order chosen. */
        public ObservableList<String> values() {
            return values;
        }

        /** Why the field is refused; empty when it is fine. */
        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        public String getError() {
            return error.get();
        }
    }

    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9._-]*$");
    static final Pattern DATE = Pattern.compile("^(19|20)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
    static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$");
    static final int MAX_TEXT = 4000;

    protected final Dataset dataset;
    private final String title;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    protected Form(Dataset dataset, String title) {
        this.dataset = dataset;
        this.title = title;
    }

    /** "New partnership", "Change figure 2024 of deliveries-bmw-bev". */
    public String title() {
        return title;
    }

    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    public Field field(String key) {
        Field f = fields.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no field '" + key + "' in " + getClass().getSimpleName());
        }
        return f;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The edit the finished form makes, for the undo history ("add partnership bmw-momenta"). */
    public abstract String editLabel();

    /** The edit the finished form makes. Call only when {@link #isValid()}. */
    public abstract UnaryOperator<Dataset> edit();

    /** Puts the reasons fields are refused into {@code errors}, by field key. */
    protected abstract void check(Map<String, String> errors);

    protected final Field add(String key, String label, Kind kind, List<Choice> choices, String hint) {
        Field f = new Field(key, label, kind, choices, hint);
        fields.put(key, f);
        return f;
    }

    protected final Field text(String key, String label, String initial, String hint) {
        Field f = add(key, label, Kind.TEXT, List.of(), hint);
        f.setText(initial);
        return f;
    }

    protected final Field area(String key, String label, String initial) {
        Field f = add(key, label, Kind.AREA, List.of(), "");
        f.setText(initial);
        return f;
    }

    protected final Field choice(String key, String label, List<Choice> choices, String initial) {
        Field f = add(key, label, Kind.CHOICE, choices, "");
        f.setText(initial);
        return f;
    }

    protected final Field multi(String key, String label, List<Choice> choices, List<String> initial) {
        Field f = add(key, label, Kind.MULTI, choices, "");
        f.values().setAll(initial);
        return f;
    }

    /** Starts checking: call at the end of the subclass constructor. */
    protected final void ready() {
        for (Field f : fields.values()) {
            f.textProperty().addListener((obs, old, now) -> revalidate());
            f.values().addListener((ListChangeListener<String>) c -> revalidate());
        }
        revalidate();
    }

    private void revalidate() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors);
        for (Field f : fields.values()) {
            f.error.set(errors.getOrDefault(f.key(), ""));
        }
        valid.set(errors.isEmpty());
    }

    /** All reasons, field label first: for a test or a log. */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        fields.values().stream().filter(f -> !f.getError().isEmpty()).forEach(f -> out.add(f.label() + ": " + f.getError()));
        return out;
    }

    // --- helpers for subclasses

    protected final String text(String key) {
        return field(key).getText().strip();
    }

    /** The field's text, or null when it is blank (an optional field left empty). */
    protected final String optional(String key) {
        String t = text(key);
        return t.isEmpty() ? null : t;
    }

    protected static void required(Map<String, String> errors, String key, String value, String what) {
        if (value.isEmpty()) {
            errors.putIfAbsent(key, what + " is required");
        } else if (value.length() > MAX_TEXT) {
            errors.putIfAbsent(key, "at most " + MAX_TEXT + " characters");
        }
    }

    protected static void checkId(Map<String, String> errors, String key, String value, String original,
            List<String> taken, String what) {
        if (value.isEmpty()) {
            errors.put(key, "an id is required");
        } else if (!ID.matcher(value).matches()) {
            errors.put(key, "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
        } else if (value.length() > 120) {
            errors.put(key, "at most 120 characters");
        } else if (!value.equals(original) && taken.contains(value)) {
            errors.put(key, "another " + what + " has this id");
        }
    }

    protected static List<Choice> sourceChoices(Dataset d) {
        return d.sources().stream().map(s -> new Choice(s.id(), s.title() + " (" + s.publisher()
                + (s.published() == null ? "" : ", " + s.published()) + ")")).toList();
    }

    protected static List<Choice> companyChoices(Dataset d) {
        return d.companies().stream().map(c -> new Choice(c.id(), c.name() + " (" + c.id() + ")")).toList();
    }

    protected static <E extends Enum<E>> List<Choice> enumChoices(Class<E> type, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> new Choice(e.name().toLowerCase(java.util.Locale.ROOT), label.apply(e))).toList();
    }

    protected static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return value.isEmpty() ? null : Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
    }

    protected static String enumText(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
