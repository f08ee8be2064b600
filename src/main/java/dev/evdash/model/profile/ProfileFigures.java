package dev.evdash.model.profile;

import dev.evdash.data.Company;
import dev.evdash.data.CompanyKind;
import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
import dev.evdash.data.Milestone;
import dev.evdash.data.Partnership;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.model.Figure;
import dev.evdash.model.FigurePicker;
import dev.evdash.model.Formats;
import dev.evdash.model.Kpi;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.watchlist.WatchFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * An automaker's figures for its profile, computed from the dataset: its yearly deliveries worldwide split
 * into BEV and PHEV with its BEV share (computed: BEV over all its deliveries, and over its BEV+PHEV where
 * only that is sourced), its shares of China's market as sourced, its key figures, and its partnerships and
 * milestones as one dated timeline. Nothing here is stored; every figure names its source.
 */
public final class ProfileFigures {

    static final DoubleFunction<String> COUNT = Formats::compact;
    static final DoubleFunction<String> PERCENT = v -> Formats.count(v) + " %";

    private ProfileFigures() {}

    /** The automakers to choose from, by name. */
    public static List<Company> automakers(Dataset d) {
        return d.companies().stream().filter(c -> c.kind() == CompanyKind.AUTOMAKER)
                .sorted(Comparator.comparing(Company::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** One year of a company's deliveries worldwide as the profile shows it. */
    public record Year(Period year, Optional<Figure> bev, Optional<Figure> phev, Optional<Figure> electrified,
            Optional<Figure> all) {

        /** BEV as a share of all its deliveries, computed, where both are sourced. */
        public Optional<Double> bevShareOfAll() {
            return bev.flatMap(b -> all.filter(a -> a.value() > 0).map(a -> 100 * b.value() / a.value()));
        }

        /** BEV as a share of its BEV+PHEV, computed from the stated total or from BEV and PHEV. */
        public Optional<Double> bevShareOfElectrified() {
            return bev.flatMap(b -> electrifiedTotal().filter(t -> t > 0).map(t -> 100 * b.value() / t));
        }

        /** Its BEV+PHEV deliveries: the stated total, else BEV plus PHEV. */
        public Optional<Double> electrifiedTotal() {
            if (electrified.isPresent()) {
                return Optional.of(electrified.get().value());
            }
            return bev.flatMap(b -> phev.map(p -> b.value() + p.value()));
        }

        List<Source> sources() {
            Set<Source> s = new LinkedHashSet<>();
            bev.ifPresent(f -> s.add(f.source()));
            phev.ifPresent(f -> s.add(f.source()));
            electrified.ifPresent(f -> s.add(f.source()));
            all.ifPresent(f -> s.add(f.source()));
            return List.copyOf(s);
        }
    }

    /** The company's worldwide delivery series of a powertrain, headline ones first. */
    private static List<Series> worldwide(Dataset d, String company, Powertrain pt) {
        return d.series().stream().filter(s -> s.metric() == Metric.DELIVERIES && company.equals(s.company())
                && s.market() == null && s.body() == null && s.isHeadline() && s.powertrain() == pt).toList();
    }

    private static Optional<Figure> pick(FigurePicker picker, List<Series> series, Period p) {
        for (Series s : series) {
            Optional<Figure> f = picker.pick(s, p);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** Every year with a worldwide delivery figure of the company, oldest first. */
    public static List<Year> years(Dataset d, String company) {
        FigurePicker picker = new FigurePicker(d, null);
        List<Series> bev = worldwide(d, company, Powertrain.BEV);
        List<Series> phev = worldwide(d, company, Powertrain.PHEV);
        List<Series> ev = worldwide(d, company, Powertrain.EV);
        List<Series> all = worldwide(d, company, Powertrain.ALL);
        TreeSet<Period> periods = new TreeSet<>();
        for (List<Series> group : List.of(bev, phev, ev, all)) {
            group.forEach(s -> s.points().stream().filter(p -> !p.isForwardLooking()).map(Point::period)
                    .filter(Period::isYear).forEach(periods::add));
        }
        List<Year> out = new ArrayList<>();
        for (Period p : periods) {
            Year y = new Year(p, pick(picker, bev, p), pick(picker, phev, p), pick(picker, ev, p), pick(picker, all, p));
            if (y.bev().isPresent() || y.phev().isPresent() || y.electrified().isPresent() || y.all().isPresent()) {
                out.add(y);
            }
        }
        return out;
    }

    /**
     * Its deliveries by year: BEV and PHEV stacked (PHEV computed as the stated BEV+PHEV total minus BEV
     * where no PHEV figure is sourced), the BEV share on the right axis, its partnerships and milestones on
     * the time axis.
     */
    public static ChinaMarketCharts.Chart deliveries(Dataset d, String company, List<TimeChartData.Event> events) {
        String name = name(d, company);
        List<Year> years = years(d, company);
        List<TimeChartData.Stack> stacks = List.of(new TimeChartData.Stack("BEV", 0), new TimeChartData.Stack("PHEV", 1),
                new TimeChartData.Stack("BEV+PHEV (no split given)", 5));
        List<TimeChartData.Bar> bars = new ArrayList<>();
        List<TimeChartData.Mark> ofAll = new ArrayList<>();
        List<TimeChartData.Mark> ofElectrified = new ArrayList<>();
        List<ChinaMarketCharts.Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (Year y : years) {
            Period p = y.year();
            sources.addAll(y.sources());
            y.bev().ifPresent(f -> rows.add(row("deliveries", name + " BEV deliveries worldwide", f)));
            y.phev().ifPresent(f -> rows.add(row("deliveries", name + " PHEV deliveries worldwide", f)));
            y.electrified().ifPresent(f -> rows.add(row("deliveries", name + " BEV+PHEV deliveries worldwide", f)));
            y.all().ifPresent(f -> rows.add(row("deliveries", name + " deliveries worldwide, all powertrains", f)));
            List<TimeChartData.Segment> segs = new ArrayList<>();
            if (y.bev().isPresent()) {
                Figure b = y.bev().get();
                segs.add(new TimeChartData.Segment(0, b.value(), tip(name + " BEV", b), b.point().qualifier() != null,
                        b.conflict(), b.source().citation()));
                if (y.phev().isPresent()) {
                    Figure ph = y.phev().get();
                    segs.add(new TimeChartData.Segment(1, ph.value(), tip(name + " PHEV", ph),
                            ph.point().qualifier() != null, ph.conflict(), ph.source().citation()));
                } else if (y.electrified().isPresent() && y.electrified().get().value() >= b.value()) {
                    Figure e = y.electrified().get();
                    double rest = e.value() - b.value();
                    segs.add(new TimeChartData.Segment(1, rest, name + " PHEV · " + p.label() + "\n" + Formats.count(rest)
                            + " vehicles, computed: BEV+PHEV " + Formats.count(e.value()) + " minus BEV "
                            + Formats.count(b.value()) + "\nSources: " + e.source().citation() + "; "
                            + b.source().citation(), true, e.conflict(), "computed: BEV+PHEV minus BEV"));
                    rows.add(new ChinaMarketCharts.Row("deliveries", name + " PHEV deliveries worldwide", p, rest,
                            "vehicles", "computed: BEV+PHEV minus BEV", "computed", null));
                }
            } else if (y.electrified().isPresent()) {
                Figure e = y.electrified().get();
                segs.add(new TimeChartData.Segment(2, e.value(), tip(name + " BEV+PHEV (no split given)", e),
                        e.point().qualifier() != null, e.conflict(), e.source().citation()));
            } else if (y.phev().isPresent()) {
                Figure ph = y.phev().get();
                segs.add(new TimeChartData.Segment(1, ph.value(), tip(name + " PHEV", ph), ph.point().qualifier() != null,
                        ph.conflict(), ph.source().citation()));
            }
            if (!segs.isEmpty()) {
                bars.add(new TimeChartData.Bar(p.start(), p.end(), 0, 1, segs));
            }
            y.bevShareOfAll().ifPresent(v -> {
                ofAll.add(new TimeChartData.Mark(p.start(), p.end(), v, "BEV share of " + name + "'s deliveries · "
                        + p.label() + "\n" + Formats.percent(v) + ", computed: BEV " + Formats.count(y.bev().get().value())
                        + " of " + Formats.count(y.all().get().value()) + " (all powertrains)\nSources: "
                        + y.bev().get().source().citation() + "; " + y.all().get().source().citation(),
                        new TimeChartData.Style(worded(y.bev()) || worded(y.all()), false, false, false)));
                rows.add(new ChinaMarketCharts.Row("deliveries", "BEV share of " + name + "'s deliveries", p, round(v),
                        "%", "computed: BEV / all powertrains", "computed", null));
            });
            if (y.bevShareOfAll().isEmpty()) {
                y.bevShareOfElectrified().ifPresent(v -> {
                    ofElectrified.add(new TimeChartData.Mark(p.start(), p.end(), v, "BEV share of " + name
                            + "'s BEV+PHEV deliveries · " + p.label() + "\n" + Formats.percent(v) + ", computed: BEV "
                            + Formats.count(y.bev().get().value()) + " of " + Formats.count(y.electrifiedTotal().get())
                            + " BEV+PHEV (no all-powertrain total is sourced for the year)",
                            new TimeChartData.Style(true, false, false, false)));
                    rows.add(new ChinaMarketCharts.Row("deliveries", "BEV share of " + name + "'s BEV+PHEV deliveries",
                            p, round(v), "%", "computed: BEV / (BEV+PHEV)", "computed", null));
                });
            }
        }
        List<TimeChartData.Line> lines = new ArrayList<>();
        if (!ofAll.isEmpty()) {
            lines.add(new TimeChartData.Line("BEV share of all its deliveries", 9, true, false,
                    TimeChartData.Join.CONNECTED, ofAll));
        }
        if (!ofElectrified.isEmpty()) {
            lines.add(new TimeChartData.Line("BEV share of its BEV+PHEV", 2, true, true, TimeChartData.Join.CONNECTED,
                    ofElectrified));
        }
        if (years.isEmpty()) {
            return new ChinaMarketCharts.Chart(TimeChartData.EMPTY, List.of(), List.of());
        }
        double from = years.get(0).year().start();
        double to = years.get(years.size() - 1).year().end();
        TimeChartData data = new TimeChartData(from, to, new TimeChartData.Axis("vehicles", Double.NaN, COUNT),
                Optional.of(new TimeChartData.Axis("%", 100, PERCENT)), lines, stacks, bars, events, List.of());
        return new ChinaMarketCharts.Chart(data, rows, List.copyOf(sources));
    }

    /** Its shares of China's market as sourced, one line per basis (CPCA retail NEV, all cars, …). */
    public static ChinaMarketCharts.Chart chinaShares(Dataset d, String company, List<TimeChartData.Event> events) {
        FigurePicker picker = new FigurePicker(d, null);
        List<TimeChartData.Line> lines = new ArrayList<>();
        List<ChinaMarketCharts.Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int colour = 0;
        for (Series s : d.series()) {
            if (s.metric() != Metric.MARKET_SHARE || !company.equals(s.company()) || !Region.CHINA.equals(s.market())) {
                continue;
            }
            String label = s.name() == null ? s.id() : s.name();
            List<TimeChartData.Mark> marks = new ArrayList<>();
            for (Period p : s.points().stream().map(Point::period).distinct().sorted().toList()) {
                Optional<Figure> f = picker.pick(s, p);
                if (f.isEmpty()) {
                    continue;
                }
                Figure fig = f.get();
                marks.add(new TimeChartData.Mark(p.start(), p.end(), fig.value(), tip(label, fig),
                        new TimeChartData.Style(fig.point().qualifier() != null || !fig.point().isFinal(), fig.conflict(),
                                fig.revised(), false)));
                rows.add(row("share of China's market", label, fig));
                sources.add(fig.source());
                lo = Math.min(lo, p.start());
                hi = Math.max(hi, p.end());
            }
            if (!marks.isEmpty()) {
                lines.add(new TimeChartData.Line(label, colour++, false, false, TimeChartData.Join.CONNECTED, marks));
            }
        }
        if (lines.isEmpty()) {
            return new ChinaMarketCharts.Chart(TimeChartData.EMPTY, List.of(), List.of());
        }
        double start = Math.floor(lo / 12) * 12;
        TimeChartData data = new TimeChartData(start, Math.ceil(hi / 12) * 12,
                new TimeChartData.Axis("%", Double.NaN, PERCENT), Optional.empty(), lines, List.of(), List.of(),
                events.stream().filter(e -> e.at() >= start).toList(), List.of());
        return new ChinaMarketCharts.Chart(data, rows, List.copyOf(sources));
    }

    /**
     * Key figures: its latest year's electric deliveries worldwide (BEV+PHEV) with the change on the year
     * before, its BEV share, China's share of its deliveries, its partnerships.
     */
    public static List<Kpi> kpis(Dataset d, String company) {
        String name = name(d, company);
        List<Kpi> out = new ArrayList<>();
        List<Year> years = years(d, company);
        List<Year> electrified = years.stream().filter(y -> y.electrifiedTotal().isPresent()
                || (y.bev().isPresent() && worldwide(d, company, Powertrain.PHEV).isEmpty()
                        && worldwide(d, company, Powertrain.EV).isEmpty())).toList();
        if (!electrified.isEmpty()) {
            Year last = electrified.get(electrified.size() - 1);
            double value = total(last);
            String change = "";
            int direction = 0;
            boolean over = dev.evdash.model.PartialPeriods.yearOver(last.year().year(), java.time.LocalDate.now());
            if (electrified.size() > 1 && over) { // a year not over is not set against a whole one
                Year before = electrified.get(electrified.size() - 2);
                double b = total(before);
                if (b > 0) {
                    double pct = (value - b) / b * 100;
                    change = Formats.signedPercent(pct) + " on " + before.year().label();
                    direction = (int) Math.signum(pct);
                }
            }
            out.add(new Kpi("Electric deliveries worldwide (BEV+PHEV)", Formats.count(value),
                    last.year().label() + (over ? "" : ", year not over"), change,
                    direction, electrified.stream().map(ProfileFigures::total).toList(),
                    name + ", " + last.year().label() + ": " + Formats.count(value) + " BEV+PHEV", last.sources()));
        }
        Optional<Year> share = years.stream().filter(y -> y.bevShareOfAll().isPresent()).reduce((a, b) -> b);
        if (share.isPresent()) {
            Year y = share.get();
            List<Double> trend = years.stream().map(Year::bevShareOfAll).flatMap(Optional::stream).toList();
            out.add(new Kpi("BEV share of its deliveries", Formats.percent(y.bevShareOfAll().get()), y.year().label(),
                    "computed", 0, trend, "BEV deliveries over all its deliveries, computed: "
                            + Formats.count(y.bev().get().value()) + " of " + Formats.count(y.all().get().value())
                            + "\nSources: " + y.bev().get().source().citation() + "; " + y.all().get().source().citation(),
                    y.sources()));
        } else {
            years.stream().filter(y -> y.bevShareOfElectrified().isPresent()).reduce((a, b) -> b).ifPresent(y -> out.add(
                    new Kpi("BEV share of its BEV+PHEV", Formats.percent(y.bevShareOfElectrified().get()),
                            y.year().label(), "computed", 0,
                            years.stream().map(Year::bevShareOfElectrified).flatMap(Optional::stream).toList(),
                            "BEV over BEV+PHEV deliveries, computed (no all-powertrain total is sourced)",
                            y.sources())));
        }
        Optional<double[]> china = chinaShareOfDeliveries(d, company);
        china.ifPresent(c -> out.add(new Kpi("China's share of its deliveries", Formats.percent(c[0]),
                Period.ofYear((int) c[1]).label(), "computed", 0, List.of(), "Its deliveries in China over its"
                        + " deliveries worldwide, all powertrains, computed: " + Formats.count(c[2]) + " of "
                        + Formats.count(c[3]), List.of())));
        long deals = d.partnerships().stream().filter(p -> p.parties().contains(company)).count();
        Optional<String> latest = d.partnerships().stream().filter(p -> p.parties().contains(company))
                .map(Partnership::announced).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
        out.add(new Kpi("Partnerships in the data", String.valueOf(deals), latest.map(l -> "latest " + l).orElse(""), "",
                0, List.of(), deals + " partnerships of " + name, List.of()));
        return out;
    }

    /** BEV+PHEV of a year: the stated total, else BEV plus PHEV, else BEV alone for a BEV-only maker. */
    private static double total(Year y) {
        return y.electrifiedTotal().orElseGet(() -> y.bev().map(Figure::value).orElse(0.0));
    }

    /**
     * China's share of its deliveries in the latest year with both an exact China figure and a worldwide
     * total (all powertrains): {share %, year, china, world}.
     */
    public static Optional<double[]> chinaShareOfDeliveries(Dataset d, String company) {
        FigurePicker picker = new FigurePicker(d, null);
        Optional<Series> china = d.series().stream().filter(s -> s.metric() == Metric.DELIVERIES
                && company.equals(s.company()) && Region.CHINA.equals(s.market()) && s.powertrain() == Powertrain.ALL
                && s.isHeadline() && s.body() == null).findFirst();
        List<Series> world = worldwide(d, company, Powertrain.ALL);
        if (china.isEmpty() || world.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Period, double[]> out = new TreeMap<>();
        for (Period p : china.get().points().stream().map(Point::period).filter(Period::isYear).distinct().toList()) {
            Optional<Figure> c = picker.pick(china.get(), p).filter(f -> f.point().qualifier() == null);
            Optional<Figure> w = pick(picker, world, p).filter(f -> f.point().qualifier() == null);
            if (c.isPresent() && w.isPresent() && w.get().value() > 0) {
                out.put(p, new double[] {100 * c.get().value() / w.get().value(), p.year(), c.get().value(),
                    w.get().value()});
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.lastEntry().getValue());
    }

    /** One dated entry of the timeline: a partnership or a milestone. */
    public record TimelineEntry(Period date, Kind kind, String title, String detail, int area, String id,
            List<Source> sources) {
        public enum Kind { PARTNERSHIP, MILESTONE, PLANNED }
    }

    /** Its partnerships and milestones by date, newest first; a planned milestone says so. */
    public static List<TimelineEntry> timeline(Dataset d, String company, LocalDate today) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Partnership p : d.partnerships()) {
            if (!p.parties().contains(company) || p.announced() == null) {
                continue;
            }
            String partners = p.parties().stream().filter(id -> !id.equals(company))
                    .map(id -> d.company(id).map(Company::name).orElse(id)).reduce((a, b) -> a + ", " + b).orElse("");
            String areas = p.areas().stream().map(a -> a.label()).reduce((a, b) -> a + ", " + b).orElse("");
            out.add(new TimelineEntry(Period.parse(p.announced()), TimelineEntry.Kind.PARTNERSHIP, "With " + partners,
                    areas + (p.summary() == null ? "" : ": " + dev.evdash.model.Formats.clip(p.summary(),
                            dev.evdash.model.Formats.SHOWN_TEXT)),
                    p.areas().isEmpty() ? 0 : p.areas().get(0).ordinal(), p.id(),
                    p.sources().stream().map(d::source).flatMap(Optional::stream).toList()));
        }
        for (Milestone m : d.milestones()) {
            if (!company.equals(m.company())) {
                continue;
            }
            out.add(new TimelineEntry(m.date(), m.planned() ? TimelineEntry.Kind.PLANNED : TimelineEntry.Kind.MILESTONE,
                    m.title(), "Milestone" + WatchFigures.status(m, today) + (m.note() == null ? "" : ": " + m.note()),
                    -1, m.id(), m.sources().stream().map(d::source).flatMap(Optional::stream).toList()));
        }
        out.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return out;
    }

    /** "BMW Group", or the id where the company is not in the data. */
    public static String name(Dataset d, String company) {
        return d.company(company).map(Company::name).orElse(company);
    }

    private static boolean worded(Optional<Figure> f) {
        return f.map(x -> x.point().qualifier() != null).orElse(false);
    }

    private static String tip(String subject, Figure f) {
        return subject + " · " + f.point().period().label() + "\n" + Formats.value(f.point(), f.series().unit())
                + "\nSource: " + f.source().citation()
                + (f.point().note() == null ? "" : "\n" + f.point().note());
    }

    private static ChinaMarketCharts.Row row(String chart, String series, Figure f) {
        return ChinaMarketCharts.row(chart, series, f);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** For tests: a year's figures as the profile picks them. */
    static Map<String, Double> figures(Year y) {
        Map<String, Double> m = new TreeMap<>();
        y.bev().ifPresent(f -> m.put("bev", f.value()));
        y.phev().ifPresent(f -> m.put("phev", f.value()));
        y.electrified().ifPresent(f -> m.put("ev", f.value()));
        y.all().ifPresent(f -> m.put("all", f.value()));
        return m;
    }
}
