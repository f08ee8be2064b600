package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Market;
import dev.evdash.data.Metric;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a series (figures come one by one afterwards) or changes how one is described. */
public final class SeriesForm extends Form {

    private final Series original;

    public SeriesForm(Dataset dataset, Series original) {
        super(dataset, original == null ? "New series" : "Change series " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. deliveries-xpeng-bev");
        text("name", "Name", original == null || original.name() == null ? "" : original.name(), "");
        choice("metric", "Metric", List.of(new Choice("deliveries", "Deliveries (vehicles)"),
                new Choice("ev_sales", "EV sales in a region (vehicles)"),
                new Choice("ev_sales_share", "EV share of new car sales in a region (%)"),
                new Choice("share_of_world_ev_sales", "Region's share of world EV sales (%)"),
                new Choice("ev_stock", "EV stock in a region (vehicles)")),
                original == null ? "deliveries" : enumText(original.metric()));
        List<Choice> whose = new ArrayList<>(enumChoices(Region.class, r -> "Region: " + r.label()).stream()
                .map(c -> new Choice("region:" + c.value(), c.label())).toList());
        companyChoices(dataset).forEach(c -> whose.add(new Choice("company:" + c.value(), "Company: " + c.label())));
        choice("of", "Of", whose, original == null ? "" : original.region() != null
                ? "region:" + enumText(original.region()) : "company:" + original.company());
        List<Choice> markets = new ArrayList<>();
        markets.add(new Choice("", "Worldwide"));
        markets.addAll(enumChoices(Market.class, Market::label));
        choice("market", "Market (companies)", markets, original == null ? "" : enumText(original.market()));
        choice("powertrain", "Powertrain", enumChoices(Powertrain.class, Powertrain::label),
                original == null ? "" : enumText(original.powertrain()));
        area("scope", "Scope", original == null || original.scope() == null ? "" : original.scope());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.series().stream().map(Series::id).toList(), "series");
        String of = text("of");
        Metric metric = text("metric").isEmpty() ? null : enumValue(Metric.class, text("metric"));
        if (metric == null) {
            errors.put("metric", "a metric is required");
        }
        if (of.isEmpty()) {
            errors.put("of", "a region or a company");
        } else if (metric == Metric.DELIVERIES && !of.startsWith("company:")) {
            errors.put("of", "deliveries are a company's");
        } else if (metric != null && metric != Metric.DELIVERIES && !of.startsWith("region:")) {
            errors.put("of", "this metric is a region's");
        }
        if (!text("market").isEmpty() && of.startsWith("region:")) {
            errors.put("market", "a market applies to a company's figures");
        }
        if (text("powertrain").isEmpty()) {
            errors.put("powertrain", "a powertrain is required");
        }
        if (text("name").length() > MAX_TEXT || text("scope").length() > MAX_TEXT) {
            errors.put(text("name").length() > MAX_TEXT ? "name" : "scope", "at most " + MAX_TEXT + " characters");
        }
    }

    public Series value() {
        Metric metric = enumValue(Metric.class, text("metric"));
        String of = text("of");
        Region region = of.startsWith("region:") ? enumValue(Region.class, of.substring(7)) : null;
        String company = of.startsWith("company:") ? of.substring(8) : null;
        return new Series(text("id"), optional("name"), metric, region, company, enumValue(Market.class, text("market")),
                enumValue(Powertrain.class, text("powertrain")), metric.unit(), optional("scope"), List.of());
    }

    @Override
    public String editLabel() {
        return (original == null ? "add series " : "change series ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Series s = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putSeries(d, oldId, s);
    }
}
