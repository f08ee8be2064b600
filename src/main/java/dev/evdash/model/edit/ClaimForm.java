package dev.evdash.model.edit;

import dev.evdash.data.Claim;
import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Period;
import dev.evdash.data.Series;
import dev.evdash.data.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Adds a claim of the article or changes one. A figure claim carries no verdict: it names the series and
 * period its verdict is computed from. Advice is not checked. Any other claim carries its verdict.
 */
public final class ClaimForm extends Form {

    private static final List<String> TEXTS = List.of("reasoning", "claimScope", "recordScope", "note");

    private final Claim original;

    /** {@code original} null: a new claim, from the dataset's article where it has one. */
    public ClaimForm(Dataset dataset, Claim original) {
        super(dataset, original == null ? "New claim" : "Change claim " + original.id());
        this.original = original;
        Claim.Check check = original == null ? null : original.check();
        text("id", "Id", original == null ? "" : original.id(), "e.g. article-bmw-momenta-adas");
        area("claim", "Claim (the article's words)", original == null ? "" : original.claim());
        choice("topic", "Topic", enumChoices(Claim.Topic.class, Claim.Topic::label),
                original == null ? "" : enumText(original.topic()));
        List<Choice> verdicts = new ArrayList<>();
        verdicts.add(new Choice("", "None (figures: computed; advice)"));
        verdicts.addAll(enumChoices(Claim.Verdict.class, v -> capital(v.words())));
        choice("verdict", "Verdict", verdicts, original == null ? "" : enumText(original.verdict()));
        List<Choice> series = new ArrayList<>();
        series.add(new Choice("", "None (not a figure claim)"));
        dataset.series().forEach(s -> series.add(new Choice(s.id(), (s.name() == null ? s.id() : s.name())
                + " (" + s.id() + ")")));
        choice("checkSeries", "Checked against series", series, check == null ? "" : check.series());
        text("checkPeriod", "Checked for period", check == null || check.period() == null ? ""
                : check.period().toString(), "e.g. 2024 (figure claims only)");
        area("record", "What the record says", original == null ? "" : original.record());
        area("reasoning", "Reasoning", original == null || original.reasoning() == null ? "" : original.reasoning());
        area("claimScope", "What the claim covers", original == null || original.claimScope() == null ? ""
                : original.claimScope());
        area("recordScope", "What the record covers", original == null || original.recordScope() == null ? ""
                : original.recordScope());
        multi("sources", "Checked against sources", sourceChoices(dataset),
                original == null ? List.of() : original.sources());
        multi("partnerships", "Partnerships checked", dataset.partnerships().stream().map(p -> new Choice(p.id(),
                String.join(" – ", p.parties().stream().map(c -> dataset.company(c).map(Company::name).orElse(c))
                        .toList()) + " (" + p.announced() + ", " + p.id() + ")")).toList(),
                original == null ? List.of() : original.partnerships());
        String article = original != null ? original.articleSource() : dataset.sources().stream()
                .filter(s -> s.kind() == SourceKind.ARTICLE).map(s -> s.id()).findFirst().orElse("");
        choice("articleSource", "Claimed in", sourceChoices(dataset), article);
        area("note", "Note", original == null || original.note() == null ? "" : original.note());
        ready();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.claims().stream().map(Claim::id).toList(), "claim");
        required(errors, "claim", text("claim"), "the claim");
        String topic = text("topic");
        String verdict = text("verdict");
        String series = text("checkSeries");
        String period = text("checkPeriod");
        if (topic.isEmpty()) {
            errors.put("topic", "a topic is required: figures, partnerships, Alibaba's figures or advice");
        } else if (topic.equals("figure")) {
            if (!verdict.isEmpty()) {
                errors.put("verdict", "a figure claim's verdict is computed from the series it is checked against:"
                        + " leave it empty");
            }
            checkFigure(errors, series, period);
        } else {
            if (topic.equals("advice")) {
                if (!verdict.isEmpty()) {
                    errors.put("verdict", "advice is not checked: leave the verdict empty");
                }
            } else if (verdict.isEmpty()) {
                errors.put("verdict", "a verdict is required (only figure claims have theirs computed)");
            }
            if (!series.isEmpty()) {
                errors.put("checkSeries", "only a figure claim is checked against a series: choose none");
            }
            if (!period.isEmpty()) {
                errors.put("checkPeriod", "only a figure claim is checked for a period: leave it empty");
            }
        }
        required(errors, "record", text("record"), "what the record says");
        for (String key : TEXTS) {
            if (text(key).length() > MAX_TEXT) {
                errors.put(key, "at most " + MAX_TEXT + " characters");
            }
        }
        if (field("sources").values().isEmpty() && (verdict.equals("holds") || verdict.equals("partly_holds")
                || verdict.equals("does_not_match"))) {
            errors.put("sources", "a claim that holds or does not names the sources it was checked against");
        }
        String article = text("articleSource");
        if (article.isEmpty()) {
            errors.put("articleSource", "the source that makes the claim is required");
        } else if (dataset.source(article).isEmpty()) {
            errors.put("articleSource", "no source '" + article + "' in the data");
        }
    }

    /** A figure claim names a series of the data and a period for which the article gives its figure there. */
    private void checkFigure(Map<String, String> errors, String seriesId, String periodText) {
        Optional<Series> series = Optional.empty();
        if (seriesId.isEmpty()) {
            errors.put("checkSeries", "a figure claim names the series holding the article's figure");
        } else {
            series = dataset.seriesById(seriesId);
            if (series.isEmpty()) {
                errors.put("checkSeries", "no series '" + seriesId + "' in the data");
            }
        }
        if (periodText.isEmpty()) {
            errors.put("checkPeriod", "a figure claim names the period of its figure: 2024, 2024-Q3 or 2024-07");
            return;
        }
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            errors.put("checkPeriod", "a year, half, quarter or month, or a run of months: 2024, 2024-H1, 2024-Q3,"
                    + " 2024-07 or 2024-01/2024-08");
            return;
        }
        if (series.isPresent()) {
            Series s = series.get();
            String article = text("articleSource");
            if (s.points().stream().noneMatch(p -> p.period().equals(period))) {
                errors.put("checkPeriod", "the series has no figure for " + period);
            } else if (!article.isEmpty() && s.points().stream().noneMatch(p -> p.period().equals(period)
                    && p.source().equals(article))) {
                errors.put("checkPeriod", "the series has no figure from " + article + " for " + period
                        + ": add the claimed figure there first");
            }
        }
    }

    public Claim value() {
        Claim.Check check = text("checkSeries").isEmpty() ? null
                : new Claim.Check(text("checkSeries"), Period.parse(text("checkPeriod")));
        return new Claim(text("id"), text("claim"), enumValue(Claim.Topic.class, text("topic")),
                enumValue(Claim.Verdict.class, text("verdict")), check, text("record"), optional("reasoning"),
                optional("claimScope"), optional("recordScope"), List.copyOf(field("sources").values()),
                List.copyOf(field("partnerships").values()), text("articleSource"), optional("note"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add claim " : "change claim ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Claim c = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putClaim(d, oldId, c);
    }
}
