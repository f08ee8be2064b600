package dev.evdash.model;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Period;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.model.chart.BarData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Electric car deliveries of the chosen automakers, worldwide, per year or quarter, as chart bars and
 * table rows. An automaker's EV total is its stated BEV+PHEV figure, else BEV + PHEV where both are
 * given, else BEV for a maker that reports no plug-in hybrids at all (Tesla, NIO). In the BEV/PHEV split,
 * where only BEV and the stated total are sourced, PHEV is shown as their difference and labelled as
 * derived; a period with only part of the split shows that part.
 */
public final class DeliveriesTable {

    public static final String BEV = "BEV";
    public static final String PHEV = "PHEV";
    public static final String PHEV_DERIVED = "PHEV (stated total − BEV)";
    public static final String TOTAL_NO_SPLIT = "BEV+PHEV (no split given)";
    public static final String TOTAL = "BEV+PHEV";

    /** What the view asks for. {@code preferredSource} may be null (the dataset's priority). */
    public record Filter(List<String> companies, Period.Granularity granularity, int fromYear, int toYear,
            boolean split, String preferredSource, String ratioFirst, String ratioSecond) {
        public Filter {
            companies = List.copyOf(companies);
        }
    }

    /** One automaker in one period. */
    public record Row(Period period, Company company, Optional<Figure> bev, Optional<Figure> phev,
            Optional<Figure> stated, double total, boolean hasTotal) {

        public boolean conflict() {
            return bev.map(Figure::conflict).orElse(false) || phev.map(Figure::conflict).orElse(false)
                    || stated.map(Figure::conflict).orElse(false);
        }

        public List<Source> sources() {
            Set<Source> s = new LinkedHashSet<>();
            stated.ifPresent(f -> s.add(f.source()));
            bev.ifPresent(f -> s.add(f.source()));
            phev.ifPresent(f -> s.add(f.source()));
            return List.copyOf(s);
        }
    }

    public record Result(BarData chart, List<Row> rows, String ratio, List<Source> sources, List<Period> periods) {}

    private DeliveriesTable() {}

    /** Companies with worldwide delivery figures, in the dataset's order. */
    public static List<Company> companiesWithDeliveries(Dataset d) {
        Set<String> ids = new LinkedHashSet<>();
        for (Series s : d.series()) {
            if (isWorldwide(s) && !s.points().isEmpty()
                    && (s.powertrain() == Powertrain.BEV || s.powertrain() == Powertrain.PHEV
                            || s.powertrain() == Powertrain.EV)) {
                ids.add(s.company());
            }
        }
        return ids.stream().map(d::company).flatMap(Optional::stream).toList();
    }

    /** The years with delivery figures of the given granularity. */
    public static List<Integer> years(Dataset d, Period.Granularity granularity) {
        TreeSet<Integer> years = new TreeSet<>();
        deliverySeries(d).forEach(s -> s.points().stream().filter(p -> p.period().granularity() == granularity)
                .forEach(p -> years.add(p.period().year())));
        return List.copyOf(years);
    }

    private static List<Series> deliverySeries(Dataset d) {
        return d.series().stream().filter(DeliveriesTable::isWorldwide).toList();
    }

    /**
     * A company's own worldwide deliveries: no market, the whole company (not one brand, not only commercial
     * vehicles) and not a statistics body's count of one of its units (CPCA's Tesla China wholesale).
     */
    public static boolean isWorldwide(Series s) {
        return s.metric() == Metric.DELIVERIES && s.company() != null && s.market() == null && s.isHeadline()
                && s.body() == null;
    }

    public static Result compute(Dataset d, Filter f) {
        Index index = new Index(d);
        FigurePicker picker = new FigurePicker(d, f.preferredSource());
        List<Company> companies = f.companies().stream().map(d::company).flatMap(Optional::stream).toList();
        TreeSet<Period> periods = new TreeSet<>();
        for (Series s : deliverySeries(d)) {
            if (f.companies().contains(s.company())) {
                s.points().stream().map(p -> p.period())
                        .filter(p -> p.granularity() == f.granularity() && p.year() >= f.fromYear() && p.year() <= f.toYear())
                        .forEach(periods::add);
            }
        }
        List<Period> periodList = List.copyOf(periods);
        List<Row> rows = new ArrayList<>();
        List<BarData.Bar> bars = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (int pi = 0; pi < periodList.size(); pi++) {
            Period period = periodList.get(pi);
            for (int ci = 0; ci < companies.size(); ci++) {
                Company c = companies.get(ci);
                Row row = row(index, picker, c, period);
                if (row.bev().isEmpty() && row.phev().isEmpty() && row.stated().isEmpty()) {
                    continue;
                }
                rows.add(row);
                List<BarData.Segment> segments = segments(row, f.split(), picker.ranking());
                if (!segments.isEmpty()) {
                    bars.add(new BarData.Bar(pi, ci, segments));
                    sources.addAll(row.sources());
                }
            }
        }
        List<String> stacks = f.split() ? List.of(BEV, PHEV, PHEV_DERIVED, TOTAL_NO_SPLIT) : List.of(TOTAL);
        BarData chart = new BarData(periodList.stream().map(Period::toString).toList(),
                companies.stream().map(Company::name).toList(), stacks, bars, "vehicles", BarData.ColorBy.GROUP)
                .withEvents(periodList.stream().map(p -> new double[] {p.start(), p.end()}).toList(),
                        events(d, companies));
        return new Result(chart, rows, ratio(rows, d, f), List.copyOf(sources), periodList);
    }

    /**
     * The partnerships and milestones of the companies shown, as on the other charts over time; with more than
     * one company, each label says whose it is where it does not already.
     */
    static List<dev.evdash.model.chart.TimeChartData.Event> events(Dataset d, List<Company> companies) {
        List<dev.evdash.model.chart.TimeChartData.Event> out = new ArrayList<>();
        for (Company c : companies) {
            String who = dev.evdash.model.chinamarket.ChinaMarketCharts.shortName(d, c.id());
            for (var e : dev.evdash.model.chinamarket.ChinaMarketCharts.companyEvents(d, c.id())) {
                if (out.stream().anyMatch(o -> o.id().equals(e.id()))) {
                    continue; // a partnership of two companies shown is marked once
                }
                String label = companies.size() > 1 && !e.label().startsWith(who) ? who + ": " + e.label() : e.label();
                out.add(new dev.evdash.model.chart.TimeChartData.Event(e.at(), e.id(), label, e.tooltip(), e.colour(),
                        e.kind()));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(dev.evdash.model.chart.TimeChartData.Event::at));
        return out;
    }

    /** The worldwide delivery series by company and powertrain, looked up once per computation. */
    private static final class Index {
        private final java.util.Map<String, java.util.Map<Powertrain, List<Series>>> series = new java.util.HashMap<>();

        Index(Dataset d) {
            for (Series s : deliverySeries(d)) {
                series.computeIfAbsent(s.company(), k -> new java.util.EnumMap<>(Powertrain.class))
                        .computeIfAbsent(s.powertrain(), k -> new ArrayList<>()).add(s);
            }
        }

        List<Series> of(Company c, Powertrain pt) {
            return series.getOrDefault(c.id(), java.util.Map.of()).getOrDefault(pt, List.of());
        }

        boolean reportsNoHybrids(Company c) {
            return of(c, Powertrain.PHEV).isEmpty() && of(c, Powertrain.EV).isEmpty();
        }
    }

    private static Row row(Index index, FigurePicker picker, Company c, Period period) {
        Optional<Figure> bev = pick(index, picker, c, Powertrain.BEV, period);
        Optional<Figure> phev = pick(index, picker, c, Powertrain.PHEV, period);
        Optional<Figure> stated = pick(index, picker, c, Powertrain.EV, period);
        double total;
        boolean has = true;
        if (stated.isPresent()) {
            total = stated.get().value();
        } else if (bev.isPresent() && phev.isPresent()) {
            total = bev.get().value() + phev.get().value();
        } else if (bev.isPresent() && index.reportsNoHybrids(c)) {
            total = bev.get().value();
        } else {
            total = 0;
            has = false;
        }
        return new Row(period, c, bev, phev, stated, total, has);
    }

    private static Optional<Figure> pick(Index index, FigurePicker picker, Company c, Powertrain pt, Period period) {
        for (Series s : index.of(c, pt)) {
            Optional<Figure> f = picker.pick(s, period);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static List<BarData.Segment> segments(Row row, boolean split, SourceRanking ranking) {
        String who = row.company().name();
        if (split) {
            List<BarData.Segment> out = new ArrayList<>();
            if (row.bev().isPresent() && row.phev().isPresent()) {
                out.add(segment(0, row.bev().get(), who + " · BEV", ranking));
                out.add(segment(1, row.phev().get(), who + " · PHEV", ranking));
            } else if (row.bev().isPresent() && row.stated().isPresent()
                    && row.stated().get().value() >= row.bev().get().value()) {
                Figure bev = row.bev().get();
                Figure stated = row.stated().get();
                out.add(segment(0, bev, who + " · BEV", ranking));
                double rest = stated.value() - bev.value();
                out.add(new BarData.Segment(2, rest, who + " · PHEV · " + row.period() + "\n" + Formats.count(rest)
                        + " vehicles, derived: stated BEV+PHEV total minus BEV (no PHEV figure is sourced)\n"
                        + stated.describe("BEV+PHEV total", ranking) + "\n" + bev.describe("BEV", ranking),
                        stated.conflict(), // the BEV segment carries its own marker
                        "derived: " + stated.source().citation() + " minus " + bev.source().citation()));
            } else if (row.stated().isPresent()) {
                out.add(segment(3, row.stated().get(), who + " · BEV+PHEV", ranking));
            } else {
                row.bev().ifPresent(f -> out.add(segment(0, f, who + " · BEV", ranking)));
                row.phev().ifPresent(f -> out.add(segment(1, f, who + " · PHEV", ranking)));
            }
            return out;
        }
        if (!row.hasTotal()) {
            return List.of();
        }
        if (row.stated().isPresent()) {
            return List.of(segment(0, row.stated().get(), who + " · BEV+PHEV", ranking));
        }
        String tip = row.phev().isPresent()
                ? who + " · " + row.period() + "\n" + Formats.count(row.total()) + " vehicles (BEV + PHEV)\n"
                        + row.bev().get().describe("BEV", ranking) + "\n" + row.phev().get().describe("PHEV", ranking)
                : row.bev().get().describe(who + " · BEV (reports no plug-in hybrids)", ranking);
        return List.of(new BarData.Segment(0, row.total(), tip, row.conflict(), (row.phev().isPresent() ? "sum: " : "")
                + String.join("; ", row.sources().stream().map(Source::citation).toList())));
    }

    private static BarData.Segment segment(int stack, Figure f, String subject, SourceRanking ranking) {
        return new BarData.Segment(stack, f.value(), f.describe(subject, ranking), f.conflict(), f.source().citation());
    }

    /** "BYD delivered 7.2× BMW Group in 2025 (4,545,423 vs 642,087 BEV+PHEV)", for the latest common period. */
    static String ratio(List<Row> rows, Dataset d, Filter f) {
        if (f.ratioFirst() == null || f.ratioSecond() == null || f.ratioFirst().equals(f.ratioSecond())) {
            return "";
        }
        Optional<String> a = d.company(f.ratioFirst()).map(Company::name);
        Optional<String> b = d.company(f.ratioSecond()).map(Company::name);
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Period p = rows.get(i).period();
            Optional<Row> first = find(rows, p, f.ratioFirst());
            Optional<Row> second = find(rows, p, f.ratioSecond());
            if (first.isPresent() && second.isPresent() && second.get().total() > 0) {
                double r = first.get().total() / second.get().total();
                return String.format(java.util.Locale.US, "%s delivered %.1f× %s in %s (%s vs %s electric cars)",
                        a.get(), r, b.get(), p, Formats.count(first.get().total()), Formats.count(second.get().total()));
            }
        }
        return "No period in range with EV totals for both " + a.get() + " and " + b.get() + ".";
    }

    private static Optional<Row> find(List<Row> rows, Period p, String company) {
        return rows.stream().filter(r -> r.period().equals(p) && r.company().id().equals(company) && r.hasTotal())
                .findFirst();
    }
}
