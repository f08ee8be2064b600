package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Milestone;
import dev.evdash.data.Period;
import dev.evdash.data.WatchMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a milestone (a dated event with a source and no value) or changes one. */
public final class MilestoneForm extends Form {

    private final Milestone original;

    /** {@code original} null: a new milestone. */
    public MilestoneForm(Dataset dataset, Milestone original) {
        super(dataset, original == null ? "New milestone" : "Change milestone " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. bmw-nk-debrecen-series-production");
        choice("company", "Company", companyChoices(dataset), original == null ? "" : original.company());
        text("date", "Date", original == null ? "" : original.date().toString(), "2025-09-05, 2025-10, 2026-H2 or 2026");
        text("title", "Title", original == null ? "" : original.title(), "what happened, or is planned");
        choice("status", "Status", List.of(new Choice("done", "Done"),
                new Choice("planned", "Planned (until a source reports it done)")),
                original == null ? "planned" : original.status().words());
        List<Choice> metrics = new ArrayList<>();
        metrics.add(new Choice("", "No watchlist metric"));
        dataset.watchlist().forEach(w -> metrics.add(new Choice(w.id(), w.name())));
        choice("metric", "Shown on the chart of", metrics, original == null || original.metric() == null ? ""
                : original.metric());
        multi("sources", "Sources", sourceChoices(dataset), original == null ? List.of() : original.sources());
        area("excerpt", "Excerpt (the source's words)", original == null || original.excerpt() == null ? ""
                : original.excerpt());
        area("note", "Note", original == null || original.note() == null ? "" : original.note());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.milestones().stream().map(Milestone::id).toList(), "milestone");
        if (text("company").isEmpty()) {
            errors.put("company", "a milestone is a company's: choose it");
        } else if (dataset.company(text("company")).isEmpty()) {
            errors.put("company", "no company '" + text("company") + "' in the data");
        }
        String date = text("date");
        if (date.isEmpty()) {
            errors.put("date", "a date is required");
        } else {
            try {
                if (Period.parse(date).granularity() == Period.Granularity.MONTHS) {
                    errors.put("date", "one day, month, quarter, half or year, not a run of months");
                }
            } catch (IllegalArgumentException e) {
                errors.put("date", "a day, month, quarter, half or year: 2025-09-05, 2025-10, 2026-Q1, 2026-H2 or 2026");
            }
        }
        required(errors, "title", text("title"), "a title");
        if (text("status").isEmpty()) {
            errors.put("status", "done, or planned until a source reports it done");
        }
        String metric = text("metric");
        if (!metric.isEmpty() && dataset.watchlist().stream().map(WatchMetric::id).noneMatch(metric::equals)) {
            errors.put("metric", "no watchlist metric '" + metric + "' in the data");
        }
        if (field("sources").values().isEmpty()) {
            errors.put("sources", "every milestone names at least one source");
        }
        if (text("excerpt").length() > MAX_TEXT) {
            errors.put("excerpt", "at most " + MAX_TEXT + " characters");
        }
        if (text("note").length() > MAX_TEXT) {
            errors.put("note", "at most " + MAX_TEXT + " characters");
        }
    }

    public Milestone value() {
        return new Milestone(text("id"), text("company"), Period.parse(text("date")), text("title"),
                enumValue(Milestone.Status.class, text("status")), optional("metric"),
                List.copyOf(field("sources").values()), optional("excerpt"), optional("note"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add milestone " : "change milestone ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Milestone m = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putMilestone(d, oldId, m);
    }
}
