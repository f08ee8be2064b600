package dev.evdash.model.edit;

import dev.evdash.data.Basis;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Metric;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Series;
import dev.evdash.data.VehicleClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Adds a series (figures come one by one afterwards) or changes how one is described. */
public final class SeriesForm extends Form {

    /** Metrics only a region has; the others are a company's or a brand group's (or anyone's). */
    static final Set<Metric> REGION_METRICS = Set.of(Metric.EV_SALES, Metric.SHARE_OF_WORLD_EV_SALES, Metric.EV_STOCK);
    static final Set<Metric> SELLER_METRICS = Set.of(Metric.DELIVERIES, Metric.MARKET_SHARE);

    private final Series original;

    public SeriesForm(Dataset dataset, Series original) {
        super(dataset, original == null ? "New series" : "Change series " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. deliveries-xpeng-bev");
        text("name", "Name", original == null || original.name() == null ? "" : original.name(), "");
        choice("metric", "Metric", List.of(new Choice("deliveries", "Deliveries (vehicles)"),
                new Choice("ev_sales", "Sales in a region, of the powertrain (vehicles)"),
                new Choice("ev_sales_share", "Penetration: share of new vehicles sold of the powertrain (%)"),
                new Choice("market_share", "Market share of a company or brand group (%)"),
                new Choice("share_of_world_ev_sales", "Region's share of world EV sales (%)"),
                new Choice("ev_stock", "EV stock in a region (vehicles)"),
                new Choice("growth_yoy", "Change on a year earlier (% change)"),
                new Choice("production", "Production (vehicles)"),
                new Choice("exports", "Exports from a region (vehicles)")),
                original == null ? "deliveries" : enumText(original.metric()));
        List<Choice> whose = new ArrayList<>();
        dataset.regions().forEach(r -> whose.add(new Choice("region:" + r.id(), "Region: " + r.name())));
        companyChoices(dataset).forEach(c -> whose.add(new Choice("company:" + c.value(), "Company: " + c.label())));
        dataset.brandGroups().forEach(g -> whose.add(new Choice("group:" + g.id(), "Brand group: " + g.name())));
        choice("of", "Of", whose, original == null ? "" : original.region() != null ? "region:" + original.region()
                : original.company() != null ? "company:" + original.company() : "group:" + original.brandGroup());
        List<Choice> markets = new ArrayList<>();
        markets.add(new Choice("", "Worldwide"));
        dataset.regions().forEach(r -> markets.add(new Choice(r.id(), r.name())));
        choice("market", "Market (companies, brand groups)", markets,
                original == null || original.market() == null ? "" : original.market());
        choice("powertrain", "Powertrain", enumChoices(Powertrain.class, Powertrain::label),
                original == null ? "" : enumText(original.powertrain()));
        text("body", "Body (whose data)", original == null || original.body() == null ? "" : original.body(),
                "e.g. CPCA, CAAM, IEA, ACEA");
        choice("basis", "Counted as", withNone(enumChoices(Basis.class, Basis::label), "not stated"),
                original == null ? "" : enumText(original.basis()));
        choice("vehicles", "Vehicles counted", withNone(enumChoices(VehicleClass.class, VehicleClass::label),
                "not stated"), original == null ? "" : enumText(original.vehicles()));
        text("brand", "Brand (one of the company's)", original == null || original.brand() == null ? ""
                : original.brand(), "only for one brand's figures, e.g. ONVO");
        area("scope", "Scope", original == null || original.scope() == null ? "" : original.scope());
        ready();
    }

    private static List<Choice> withNone(List<Choice> choices, String none) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", none));
        out.addAll(choices);
        return out;
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
            errors.put("of", "a region, a company or a brand group");
        } else if (metric != null && SELLER_METRICS.contains(metric) && of.startsWith("region:")) {
            errors.put("of", metric == Metric.DELIVERIES ? "deliveries are a company's or a brand group's"
                    : "a market share is a company's or a brand group's");
        } else if (metric != null && REGION_METRICS.contains(metric) && !of.startsWith("region:")) {
            errors.put("of", "this metric is a region's");
        }
        if (!text("market").isEmpty() && of.startsWith("region:")) {
            errors.put("market", "a market applies to a company's or a brand group's figures");
        } else if (metric == Metric.MARKET_SHARE && text("market").isEmpty()) {
            errors.put("market", "a market share is of a market: choose the region");
        }
        if (text("powertrain").isEmpty()) {
            errors.put("powertrain", "a powertrain is required");
        }
        if (!text("brand").isEmpty() && !of.startsWith("company:")) {
            errors.put("brand", "a brand is one of a company's");
        }
        if (text("body").length() > 80 || text("brand").length() > 80) {
            errors.put(text("body").length() > 80 ? "body" : "brand", "at most 80 characters");
        }
        if (text("name").length() > MAX_TEXT || text("scope").length() > MAX_TEXT) {
            errors.put(text("name").length() > MAX_TEXT ? "name" : "scope", "at most " + MAX_TEXT + " characters");
        }
    }

    public Series value() {
        Metric metric = enumValue(Metric.class, text("metric"));
        String of = text("of");
        String region = of.startsWith("region:") ? of.substring(7) : null;
        String company = of.startsWith("company:") ? of.substring(8) : null;
        String group = of.startsWith("group:") ? of.substring(6) : null;
        return new Series(text("id"), optional("name"), metric, region, company, group, optional("market"),
                enumValue(Powertrain.class, text("powertrain")), metric.unit(), optional("body"),
                enumValue(Basis.class, text("basis")), enumValue(VehicleClass.class, text("vehicles")),
                optional("brand"), optional("scope"), List.of());
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
