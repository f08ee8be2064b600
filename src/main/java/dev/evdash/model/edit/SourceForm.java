package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Source;
import dev.evdash.data.SourceKind;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a source or changes one; a changed id is changed wherever the source is cited. */
public final class SourceForm extends Form {

    private final Source original;

    public SourceForm(Dataset dataset, Source original) {
        super(dataset, original == null ? "New source" : "Change source " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. bmw-2025-annual-report");
        text("title", "Title", original == null ? "" : original.title(), "");
        text("publisher", "Publisher", original == null ? "" : original.publisher(), "");
        text("url", "Address", original == null ? "" : original.url(), "https://…");
        text("published", "Published", original == null || original.published() == null ? "" : original.published(),
                "2025, 2025-07 or 2025-07-15");
        choice("kind", "Kind", enumChoices(SourceKind.class, SourceKind::label),
                original == null ? "" : enumText(original.kind()));
        text("licence", "Licence", original == null || original.licence() == null ? "" : original.licence(), "");
        area("note", "Note", original == null || original.note() == null ? "" : original.note());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.sources().stream().map(Source::id).toList(), "source");
        required(errors, "title", text("title"), "a title");
        required(errors, "publisher", text("publisher"), "a publisher");
        if (!URL.matcher(text("url")).matches()) {
            errors.put("url", "the address where it can be read: https://…, or file:, doi: … (only web links open)");
        }
        String published = text("published");
        if (!published.isEmpty() && (!DATE.matcher(published).matches() || !PartnershipForm.realDate(published))) {
            errors.put("published", "a year, month or day: 2025, 2025-07 or 2025-07-15");
        }
        if (text("kind").isEmpty()) {
            errors.put("kind", "what kind of source it is decides which figure charts first");
        }
        if (text("licence").length() > MAX_TEXT || text("note").length() > MAX_TEXT) {
            errors.put(text("note").length() > MAX_TEXT ? "note" : "licence", "at most " + MAX_TEXT + " characters");
        }
    }

    public Source value() {
        return new Source(text("id"), text("title"), text("publisher"), text("url"), optional("published"),
                enumValue(SourceKind.class, text("kind")), optional("licence"), optional("note"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add source " : "change source ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Source s = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putSource(d, oldId, s);
    }
}
