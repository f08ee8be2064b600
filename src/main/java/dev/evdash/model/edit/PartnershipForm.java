package dev.evdash.model.edit;

import dev.evdash.data.Area;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Partnership;
import dev.evdash.data.PartnershipStatus;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a partnership or changes one. */
public final class PartnershipForm extends Form {

    private final Partnership original;

    /** {@code original} null: a new partnership. */
    public PartnershipForm(Dataset dataset, Partnership original) {
        super(dataset, original == null ? "New partnership" : "Change partnership " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. bmw-momenta-adas-china");
        multi("parties", "Parties", companyChoices(dataset), original == null ? List.of() : original.parties());
        multi("areas", "Areas", enumChoices(Area.class, Area::label),
                original == null ? List.of() : original.areas().stream().map(Form::enumText).toList());
        text("announced", "Announced", original == null ? "" : original.announced(), "2025, 2025-07 or 2025-07-15");
        choice("status", "Status", enumChoices(PartnershipStatus.class, s -> s.name().charAt(0)
                + s.name().substring(1).toLowerCase(java.util.Locale.ROOT)),
                original == null ? "announced" : enumText(original.status()));
        area("summary", "Summary", original == null ? "" : original.summary());
        multi("sources", "Sources", sourceChoices(dataset), original == null ? List.of() : original.sources());
        area("note", "Note", original == null || original.note() == null ? "" : original.note());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.partnerships().stream().map(Partnership::id).toList(), "partnership");
        List<String> parties = field("parties").values();
        if (parties.stream().distinct().count() < 2) {
            errors.put("parties", "a partnership needs at least two parties");
        }
        if (field("areas").values().isEmpty()) {
            errors.put("areas", "choose at least one area");
        }
        String announced = text("announced");
        if (announced.isEmpty()) {
            errors.put("announced", "when it was announced is required");
        } else if (!DATE.matcher(announced).matches() || !realDate(announced)) {
            errors.put("announced", "a year, month or day: 2025, 2025-07 or 2025-07-15");
        }
        if (text("status").isEmpty()) {
            errors.put("status", "a status is required");
        }
        required(errors, "summary", text("summary"), "a summary");
        if (field("sources").values().isEmpty()) {
            errors.put("sources", "every partnership names at least one source");
        }
        if (text("note").length() > MAX_TEXT) {
            errors.put("note", "at most " + MAX_TEXT + " characters");
        }
    }

    static boolean realDate(String text) {
        if (text.length() < 10) {
            return true;
        }
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    public Partnership value() {
        return new Partnership(text("id"), List.copyOf(field("parties").values()),
                field("areas").values().stream().map(a -> enumValue(Area.class, a)).toList(), text("announced"),
                enumValue(PartnershipStatus.class, text("status")), text("summary"),
                List.copyOf(field("sources").values()), optional("note"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add partnership " : "change partnership ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Partnership p = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putPartnership(d, oldId, p);
    }
}
