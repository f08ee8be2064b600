package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Period;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds an AI-adoption metric to the watchlist or changes one; its target is optional. */
public final class WatchMetricForm extends Form {

    private final WatchMetric original;

    public WatchMetricForm(Dataset dataset, WatchMetric original) {
        super(dataset, original == null ? "New watchlist metric" : "Change watchlist metric " + original.id());
        this.original = original;
        WatchMetric.Target t = original == null ? null : original.target();
        text("id", "Id", original == null ? "" : original.id(), "e.g. bmw-ota-update-frequency");
        text("name", "Name", original == null ? "" : original.name(), "");
        List<Choice> companies = new ArrayList<>();
        companies.add(new Choice("", "No company"));
        companies.addAll(companyChoices(dataset));
        choice("company", "Company", companies, original == null || original.company() == null ? "" : original.company());
        text("unit", "Unit", original == null ? "" : original.unit(), "percent, updates per year, …");
        area("description", "What it measures", original == null ? "" : original.description());
        text("targetValue", "Target", t == null ? "" : Formats.plain(t.value()), "optional");
        text("targetPeriod", "Target period", t == null || t.period() == null ? "" : t.period().toString(),
                "e.g. 2030; empty when the source sets no date");
        List<Choice> sources = new ArrayList<>();
        sources.add(new Choice("", "None"));
        sources.addAll(sourceChoices(dataset));
        choice("targetSource", "Target's source", sources, t == null ? "" : t.source());
        List<Choice> article = new ArrayList<>();
        article.add(new Choice("", "none"));
        article.addAll(enumChoices(WatchMetric.ArticleMetric.class, WatchMetric.ArticleMetric::label));
        choice("articleMetric", "Feeds the article's metric", article,
                original == null ? "" : enumText(original.articleMetric()));
        List<Choice> proxies = new ArrayList<>();
        proxies.add(new Choice("", "not a proxy"));
        dataset.watchlist().stream().filter(w -> original == null || !w.id().equals(original.id()))
                .forEach(w -> proxies.add(new Choice(w.id(), w.name())));
        choice("proxyFor", "Stands in for", proxies, original == null || original.proxyFor() == null ? ""
                : original.proxyFor());
        area("proxyNote", "What it stands in for, and why only a proxy", original == null
                || original.proxyNote() == null ? "" : original.proxyNote());
        text("peerGroup", "Compared with (peer group)", original == null || original.peerGroup() == null ? ""
                : original.peerGroup(), "e.g. adas-fleet");
        choice("cumulative", "Values are", List.of(new Choice("", "per period or as of a date"),
                new Choice("true", "a running total (growth is computed)")),
                original != null && original.runningTotal() ? "true" : "");
        choice("plot", "Plot", List.of(new Choice("", "as a line"), new Choice("points", "as labelled points"
                + " (scopes differ)")), original == null ? "" : enumText(original.plot()));
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.watchlist().stream().map(WatchMetric::id).toList(), "watchlist metric");
        required(errors, "name", text("name"), "a name");
        required(errors, "unit", text("unit"), "a unit");
        required(errors, "description", text("description"), "what it measures");
        boolean any = !text("targetValue").isEmpty() || !text("targetPeriod").isEmpty() || !text("targetSource").isEmpty();
        if (any) {
            try {
                double v = Double.parseDouble(text("targetValue"));
                if (!Double.isFinite(v) || v < 0) {
                    errors.put("targetValue", "a number, not negative");
                }
            } catch (NumberFormatException e) {
                errors.put("targetValue", "a target is a number");
            }
            if (!text("targetPeriod").isEmpty()) { // a target may have no date: "one major update per quarter"
                try {
                    Period.parse(text("targetPeriod"));
                } catch (IllegalArgumentException e) {
                    errors.put("targetPeriod", "when the target is for: 2030 or 2030-Q4, or empty when no date is set");
                }
            }
            if (text("targetSource").isEmpty()) {
                errors.put("targetSource", "a target names the source that sets it");
            }
        }
        if (!text("proxyFor").isEmpty() && text("proxyNote").isEmpty()) {
            errors.put("proxyNote", "say what it stands in for and why it is only a proxy");
        }
        if (!text("peerGroup").isEmpty() && !ID.matcher(text("peerGroup")).matches()) {
            errors.put("peerGroup", "lower case, digits and - . _ only: adas-fleet");
        }
    }

    public WatchMetric value() {
        WatchMetric.Target old = original == null ? null : original.target();
        WatchMetric.Target target = text("targetValue").isEmpty() ? null : new WatchMetric.Target(
                Double.parseDouble(text("targetValue")), text("targetPeriod").isEmpty() ? null
                        : Period.parse(text("targetPeriod")), text("targetSource"),
                old == null ? null : old.excerpt(), old == null ? null : old.note());
        return new WatchMetric(text("id"), text("name"), optional("company"), text("unit"), text("description"),
                enumValue(WatchMetric.ArticleMetric.class, text("articleMetric")), optional("proxyFor"),
                optional("proxyNote"), optional("peerGroup"), text("cumulative").isEmpty() ? null : Boolean.TRUE,
                enumValue(WatchMetric.Plot.class, text("plot")), target, List.of());
    }

    @Override
    public String editLabel() {
        return (original == null ? "add watchlist metric " : "change watchlist metric ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        WatchMetric w = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putWatchMetric(d, oldId, w);
    }
}
