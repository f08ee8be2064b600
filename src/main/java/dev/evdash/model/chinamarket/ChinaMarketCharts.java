package dev.evdash.model.chinamarket;

import dev.evdash.data.Area;
import dev.evdash.data.BrandGroup;
import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Metric;
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
import dev.evdash.model.PartialPeriods;
import dev.evdash.model.SourceRanking;
import dev.evdash.model.chart.TimeChartData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of the China market view, worked out from the dataset: how electric China's car market is
 * (penetration by body, month or year, beside Europe and the US), who sells China's cars (shares by brand
 * origin, as each body counts them; automakers' shares of the NEV market), and one automaker in China
 * (its deliveries there against its total), with the automaker's alliance announcements as dated events.
 * Figures of different periods are never added together: a chart shows one granularity, and a year's
 * figure is a year's. Plain Java: tested without a toolkit.
 */
public final class ChinaMarketCharts {

    /** How penetration is plotted: month by month (a year's figure is a step across its year), or by year. */
    public enum Granularity { MONTHS, YEARS }

    /** Which share figures are plotted: full years, or months and runs of months. */
    public enum ShareSpan { FULL_YEARS, PART_YEARS }

    /** A series the analyst can plot, with a label that says whose count it is. */
    public record SeriesChoice(Series series, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One plotted figure, for the table and the CSV. */
    public record Row(String chart, String series, Period period, double value, String unit, String wording,
            String source, String note) {}

    /** A chart, the figures it plots, and the sources they cite. */
    public record Chart(TimeChartData data, List<Row> rows, List<Source> sources) {
        public static final Chart EMPTY = new Chart(TimeChartData.EMPTY, List.of(), List.of());
    }

    /** A company's deliveries in China against its total, and the sentence that sums them up. */
    public record CompanyInChina(Chart chart, String callout) {}

    static final DoubleFunction<String> PERCENT = v -> Formats.count(v) + " %";
    static final DoubleFunction<String> COUNT = Formats::compact;
    /** Palette places: China's series warm, comparisons cool. */
    static final int[] CHINA_COLOURS = {0, 9, 4, 6, 5, 8};
    static final int[] COMPARISON_COLOURS = {1, 2, 3, 7};

    private ChinaMarketCharts() {}

    // --- choices ---------------------------------------------------------------------------------------

    /** Every series of the share of new vehicles sold in China that are NEVs or EVs, CPCA retail first. */
    public static List<SeriesChoice> chinaPenetration(Dataset d) {
        return d.series().stream()
                .filter(s -> s.metric() == Metric.EV_SALES_SHARE && Region.CHINA.equals(s.region())
                        && !s.points().isEmpty())
                .sorted(Comparator.comparingInt((Series s) -> -s.points().size()))
                .map(s -> new SeriesChoice(s, label(d, s))).toList();
    }

    /** The same for other regions, to compare China with: the EU, the US, the world. */
    public static List<SeriesChoice> comparisons(Dataset d) {
        return d.series().stream()
                .filter(s -> s.metric() == Metric.EV_SALES_SHARE && s.region() != null
                        && !Region.CHINA.equals(s.region()) && !s.points().isEmpty())
                .map(s -> new SeriesChoice(s, label(d, s))).toList();
    }

    /** The comparisons shown at first: the EU-27 and the US as their own statistics bodies count them. */
    public static List<String> defaultComparisons(Dataset d) {
        return comparisons(d).stream().map(SeriesChoice::series)
                .filter(s -> ("eu27".equals(s.region()) || Region.USA.equals(s.region())) && s.body() != null
                        && !"IEA".equals(s.body()) && (s.powertrain() == Powertrain.BEV || s.powertrain() == Powertrain.EV)
                        && s.points().stream().anyMatch(p -> p.period().isYear()))
                .map(Series::id).toList();
    }

    /** "CPCA · retail · passenger cars · NEV", "EU-27 · Eurostat · registrations · BEV". */
    public static String label(Dataset d, Series s) {
        List<String> parts = new ArrayList<>();
        if (s.region() != null && !Region.CHINA.equals(s.region())) {
            parts.add(d.regionName(s.region()));
        }
        parts.add(s.body() != null ? s.body() : s.name() != null ? s.name() : "no body named");
        if (s.basis() != null) {
            parts.add(s.basis().label());
        }
        if (s.vehicles() != null) {
            parts.add(s.vehicles().label());
        }
        parts.add(s.powertrain().label());
        return String.join(" · ", parts);
    }

    /** A legend's few words: "CPCA retail", "CAAM wholesale", "EU-27 BEV (Eurostat)". */
    public static String shortLabel(Dataset d, Series s) {
        boolean china = Region.CHINA.equals(s.region());
        String who = s.body() == null ? (s.name() != null ? s.name() : s.id())
                : s.body() + (china && s.basis() != null ? " " + s.basis().label() : "");
        if (china) {
            return who + (s.powertrain() == Powertrain.NEV ? "" : " · " + s.powertrain().label());
        }
        String region = s.region() == null ? "" : d.regionName(s.region()) + " ";
        return region + s.powertrain().label()
                + (s.vehicles() == dev.evdash.data.VehicleClass.LIGHT_VEHICLES ? ", light vehicles" : "")
                + (s.body() == null ? "" : " (" + s.body() + ")");
    }

    /** Bodies whose brand-group shares of China's market the data has, the one with most figures first. */
    public static List<String> shareBodies(Dataset d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        brandSeries(d).forEach(s -> counts.merge(bodyOf(s), s.points().size(), Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** The body's name, or the words for figures that name none. */
    static String bodyOf(Series s) {
        return s.body() == null ? NO_BODY : s.body();
    }

    public static final String NO_BODY = "sources naming no body";

    private static List<Series> brandSeries(Dataset d) {
        return d.series().stream().filter(s -> s.metric() == Metric.MARKET_SHARE && s.brandGroup() != null
                && Region.CHINA.equals(s.market()) && d.brandGroup(s.brandGroup())
                        .map(g -> g.kind() == BrandGroup.Kind.ORIGIN).orElse(false)).toList();
    }

    /** The sources of the view's figures, for its Plot switch: the dataset's priority, then each source by title. */
    public static List<dev.evdash.model.SourceOption> sourceOptions(Dataset d) {
        return dev.evdash.model.SourceOption.optionsFor(d, s ->
                (s.metric() == Metric.EV_SALES_SHARE && s.region() != null)
                        || (s.metric() == Metric.MARKET_SHARE && Region.CHINA.equals(s.market()))
                        || (s.metric() == Metric.DELIVERIES && s.company() != null && s.powertrain() == Powertrain.ALL));
    }

    /** Automakers with partnerships or figures in China, BMW Group first when present. */
    public static List<Company> automakers(Dataset d) {
        Set<String> ids = new LinkedHashSet<>();
        d.partnerships().forEach(p -> ids.addAll(p.parties()));
        return d.companies().stream().filter(c -> c.kind() == dev.evdash.data.CompanyKind.AUTOMAKER && ids.contains(c.id()))
                .sorted(Comparator.comparing((Company c) -> !c.id().equals("bmw")).thenComparing(Company::name))
                .toList();
    }

    // --- penetration -------------------------------------------------------------------------------------

    /**
     * The share of new vehicles sold that are NEVs, for the chosen China series and comparison series,
     * with a rule at 50 %. By month, a series without monthly figures shows each year as a step, and a
     * series with monthly figures shows its yearly ones as steps in the years it has next to no monthly
     * figures (a line of its own, named so in the legend); by year, only yearly figures.
     */
    public static Chart penetration(Dataset d, List<String> china, List<String> compare, Granularity g, int from,
            int to, List<TimeChartData.Event> events) {
        return penetration(d, china, compare, g, from, to, events, null);
    }

    /** {@code preferred}: the source to plot where it gives a figure (the view's Plot switch); null: the priority. */
    public static Chart penetration(Dataset d, List<String> china, List<String> compare, Granularity g, int from,
            int to, List<TimeChartData.Event> events, String preferred) {
        FigurePicker picker = new FigurePicker(d, preferred);
        List<TimeChartData.Line> lines = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        int[] i = {0};
        for (List<String> ids : List.of(china, compare)) {
            boolean isChina = ids == china;
            int n = 0;
            for (String id : ids) {
                Optional<Series> found = d.seriesById(id);
                if (found.isEmpty()) {
                    continue;
                }
                Series s = found.get();
                boolean monthly = s.points().stream().anyMatch(p -> p.period().granularity() == Period.Granularity.MONTH);
                Predicate<Period> keep = g == Granularity.YEARS ? Period::isYear
                        : monthly ? p -> p.granularity() == Period.Granularity.MONTH
                                || p.granularity() == Period.Granularity.MONTHS
                        : Period::isYear;
                TimeChartData.Join join = g == Granularity.MONTHS && !monthly ? TimeChartData.Join.STEPS
                        : TimeChartData.Join.CONNECTED;
                String name = shortLabel(d, s);
                List<TimeChartData.Mark> marks = marks(d, picker, s, keep, from, to, label(d, s),
                        "NEV share of new vehicles", rows, sources);
                int colour = isChina ? CHINA_COLOURS[n % CHINA_COLOURS.length]
                        : COMPARISON_COLOURS[n % COMPARISON_COLOURS.length];
                lines.add(new TimeChartData.Line(name, colour, false, !isChina, join, marks));
                if (g == Granularity.MONTHS && monthly) {
                    // where the series has next to no monthly figures, its yearly ones are drawn as steps there,
                    // so that the default view keeps its history
                    Set<Integer> sparse = yearsWithoutMonths(s);
                    List<TimeChartData.Mark> steps = marks(d, picker, s, p -> p.isYear() && sparse.contains(p.year()),
                            from, to, label(d, s), "NEV share of new vehicles", rows, sources);
                    if (!steps.isEmpty()) {
                        lines.add(new TimeChartData.Line(name + ", yearly where monthly figures are missing", colour,
                                false, true, TimeChartData.Join.STEPS, steps));
                    }
                }
                n++;
                i[0]++;
            }
        }
        TimeChartData data = new TimeChartData(from, to + 1, new TimeChartData.Axis("%", Double.NaN, PERCENT),
                Optional.empty(), lines, List.of(), List.of(), events,
                List.of(new TimeChartData.Rule(50, "50 %: half of new cars sold", false)));
        return new Chart(data, rows, List.copyOf(sources));
    }

    /** Fewer monthly figures than this in a year, and its yearly figure is drawn as a step on the monthly axis. */
    static final int MONTHS_FOR_A_YEAR = 6;

    /** The years in which a series gives fewer than {@link #MONTHS_FOR_A_YEAR} monthly figures. */
    static Set<Integer> yearsWithoutMonths(Series s) {
        java.util.Map<Integer, Long> months = s.points().stream().map(Point::period).distinct()
                .filter(p -> p.granularity() == Period.Granularity.MONTH)
                .collect(java.util.stream.Collectors.groupingBy(Period::year, java.util.stream.Collectors.counting()));
        Set<Integer> out = new java.util.TreeSet<>();
        s.points().stream().map(Point::period).filter(Period::isYear).map(Period::year)
                .filter(y -> months.getOrDefault(y, 0L) < MONTHS_FOR_A_YEAR).forEach(out::add);
        return out;
    }

    /** The month index at which a series' monthly figures first reach above 50 %, if they do. */
    public static Optional<Period> firstMonthAbove(Dataset d, String seriesId, double level) {
        FigurePicker picker = new FigurePicker(d, null);
        return d.seriesById(seriesId).flatMap(s -> s.points().stream().map(Point::period)
                .filter(p -> p.granularity() == Period.Granularity.MONTH).distinct().sorted()
                .filter(p -> picker.pick(s, p).map(f -> f.value() > level).orElse(false)).findFirst());
    }

    /** A figure for a period with its sources; {@code computed} where the app worked it out. */
    public record Value(Period period, double value, boolean computed, List<Source> sources, String provenance) {}

    /** The default China penetration series: CPCA retail, else the one with most figures. */
    public static Optional<Series> mainPenetration(Dataset d) {
        List<SeriesChoice> options = chinaPenetration(d);
        return options.stream().map(SeriesChoice::series)
                .filter(s -> "CPCA".equals(s.body()) && s.basis() == dev.evdash.data.Basis.RETAIL).findFirst()
                .or(() -> options.stream().map(SeriesChoice::series).findFirst());
    }

    /** A series' charted monthly figures, oldest first (outturns before preliminary figures and estimates). */
    public static List<Value> monthly(Dataset d, Series s) {
        FigurePicker picker = new FigurePicker(d, null);
        List<Value> out = new ArrayList<>();
        s.points().stream().map(Point::period).filter(p -> p.granularity() == Period.Granularity.MONTH).distinct()
                .sorted().forEach(p -> picker.pick(s, p).ifPresent(f -> out.add(new Value(p, f.value(), false,
                        List.of(f.source()), f.describe(label(d, s), picker.ranking())))));
        return out;
    }

    /**
     * Foreign brands' share of China's car market per full year as {@code body} counts it: the body's own
     * figure, else 100 % minus its Chinese brands' share (computed).
     */
    public static List<Value> foreignShare(Dataset d, String body) {
        FigurePicker picker = new FigurePicker(d, null);
        List<BrandGroup> top = d.brandGroups().stream()
                .filter(g -> g.kind() == BrandGroup.Kind.ORIGIN && g.partOf() == null).toList();
        Optional<BrandGroup> chinese = top.stream().filter(g -> g.id().equals("chinese-brands")).findFirst();
        Optional<BrandGroup> foreign = top.stream().filter(g -> g.id().equals("foreign-brands")).findFirst();
        if (chinese.isEmpty() || foreign.isEmpty()) {
            return List.of();
        }
        List<Series> series = brandSeries(d).stream().filter(s -> bodyOf(s).equals(body)).toList();
        TreeMap<Period, Value> out = new TreeMap<>();
        for (Series s : series) {
            boolean isForeign = s.brandGroup().equals(foreign.get().id());
            boolean isChinese = s.brandGroup().equals(chinese.get().id());
            if (!isForeign && !isChinese) {
                continue;
            }
            for (Period p : periods(s, ShareSpan.FULL_YEARS)) {
                Optional<Figure> f = picker.pick(s, p);
                if (f.isEmpty() || (isChinese && out.containsKey(p) && !out.get(p).computed())) {
                    continue;
                }
                double v = isForeign ? f.get().value() : round(100 - f.get().value());
                String words = isForeign ? f.get().describe(foreign.get().name() + " (" + body + ")", picker.ranking())
                        : foreign.get().name() + " (" + body + ") · " + p.label() + "\n" + Formats.percent(v)
                                + ", computed: 100 % minus " + chinese.get().name() + " ("
                                + Formats.percent(f.get().value()) + ")\nSource: " + f.get().source().citation();
                if (isForeign || !out.containsKey(p)) {
                    out.put(p, new Value(p, v, !isForeign, List.of(f.get().source()), words));
                }
            }
        }
        return List.copyOf(out.values());
    }

    // --- who sells China's cars ------------------------------------------------------------------------

    /**
     * Brand groups' shares of China's car market as one body counts them, stacked per period: Chinese
     * brands and foreign brands, the foreign ones broken down by origin where the body gives that. What a
     * body does not give is computed only where the shares must add up (foreign = 100 % − Chinese; the
     * rest of a breakdown), and drawn as computed.
     */
    public static Chart brandShares(Dataset d, String body, ShareSpan span, int from, int to,
            List<TimeChartData.Event> events) {
        return brandShares(d, body, span, from, to, events, null);
    }

    public static Chart brandShares(Dataset d, String body, ShareSpan span, int from, int to,
            List<TimeChartData.Event> events, String preferred) {
        SourceRanking ranking = new SourceRanking(d);
        FigurePicker picker = new FigurePicker(d, preferred);
        List<Series> series = brandSeries(d).stream().filter(s -> bodyOf(s).equals(body)).toList();
        List<BrandGroup> top = d.brandGroups().stream()
                .filter(g -> g.kind() == BrandGroup.Kind.ORIGIN && g.partOf() == null).toList();
        List<BrandGroup> stackGroups = new ArrayList<>();
        for (BrandGroup t : top) {
            stackGroups.add(t);
            d.brandGroups().stream().filter(g -> g.kind() == BrandGroup.Kind.ORIGIN && t.id().equals(g.partOf()))
                    .forEach(stackGroups::add);
        }
        List<TimeChartData.Stack> stacks = new ArrayList<>();
        for (int k = 0; k < stackGroups.size(); k++) {
            stacks.add(new TimeChartData.Stack(stackGroups.get(k).name(), k == 0 ? 0 : k));
        }
        int rest = stacks.size();
        stacks.add(new TimeChartData.Stack("not broken down by the source", 7));

        TreeMap<Period, Map<String, Figure>> byPeriod = new TreeMap<>();
        List<TimeChartData.Mark> forward = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (Series s : series) {
            for (Period p : periods(s, span)) {
                if (p.end() <= from || p.start() >= to + 1) {
                    continue;
                }
                picker.pick(s, p).ifPresent(f -> byPeriod.computeIfAbsent(p, k -> new LinkedHashMap<>())
                        .put(s.brandGroup(), f));
            }
            for (Point fp : s.points()) {
                if (fp.isForwardLooking() && inSpan(fp.period(), span) && fp.period().end() > from
                        && fp.period().start() < to + 1) {
                    Source src = ranking.source(fp);
                    sources.add(src);
                    String who = d.subjectName(s);
                    forward.add(new TimeChartData.Mark(fp.period().start(), fp.period().end(), fp.value(),
                            who + " · " + fp.period().label() + "\n" + Formats.value(fp, s.unit()) + " ("
                                    + fp.status().words() + ", not an outturn)\nSource: " + src.citation()
                                    + (fp.note() == null ? "" : "\nNote: " + fp.note()),
                            new TimeChartData.Style(true, false, false, true)));
                    rows.add(new Row("brand shares", who + " (" + body + ")", fp.period(), fp.value(), "%",
                            wording(fp), src.citation(), fp.note()));
                }
            }
        }
        List<TimeChartData.Bar> bars = new ArrayList<>();
        for (Map.Entry<Period, Map<String, Figure>> e : byPeriod.entrySet()) {
            Period p = e.getKey();
            Map<String, Figure> given = e.getValue();
            List<TimeChartData.Segment> segs = new ArrayList<>();
            double sum = 0;
            boolean anyBreakdown = stackGroups.stream().anyMatch(g -> g.partOf() != null && given.containsKey(g.id()));
            for (int k = 0; k < stackGroups.size(); k++) {
                BrandGroup g = stackGroups.get(k);
                Figure f = given.get(g.id());
                if (f == null && g.partOf() == null && top.size() == 2 && !anyBreakdown) {
                    // the other side of a two-way origin split, where the body gives one side only
                    BrandGroup other = top.get(0) == g ? top.get(1) : top.get(0);
                    Figure o = given.get(other.id());
                    if (o != null && o.value() <= 100) {
                        double v = round(100 - o.value());
                        segs.add(new TimeChartData.Segment(k, v, g.name() + " · " + p.label() + " (" + body + ")\n"
                                + Formats.percent(v) + ", computed: 100 % minus " + other.name() + " ("
                                + Formats.percent(o.value()) + ")\nSource of that figure: " + o.source().citation(),
                                true, false, "computed: 100 % minus " + other.name()));
                        rows.add(new Row("brand shares", g.name() + " (" + body + ")", p, round(v), "%",
                                "computed: 100 % minus " + other.name(), o.source().citation(), null));
                        sum += v;
                    }
                    continue;
                }
                boolean brokenDown = stackGroups.stream().anyMatch(c -> g.id().equals(c.partOf())
                        && given.containsKey(c.id()));
                if (f == null || brokenDown) {
                    continue; // a breakdown replaces its total
                }
                sources.add(f.source());
                segs.add(new TimeChartData.Segment(k, f.value(), f.describe(g.name() + " (" + body + ")", ranking),
                        false, f.conflict(), f.source().citation()));
                rows.add(row("brand shares", g.name() + " (" + body + ")", f));
                sum += f.value();
            }
            if (anyBreakdown && sum < 100 - 0.05) {
                double v = round(100 - sum);
                segs.add(new TimeChartData.Segment(rest, v, "Not broken down · " + p.label() + " (" + body + ")\n"
                        + Formats.percent(v) + ", computed: 100 % minus the shares the source gives", true, false,
                        "computed: 100 % minus the shares given"));
            }
            if (!segs.isEmpty()) {
                bars.add(new TimeChartData.Bar(p.start(), p.end(), 0, 1, segs));
            }
        }
        List<TimeChartData.Line> lines = forward.isEmpty() ? List.of()
                : List.of(new TimeChartData.Line("projections in the sources (not outturns)", 7, false, true,
                        TimeChartData.Join.CONNECTED, forward));
        List<TimeChartData.Gap> gaps = span == ShareSpan.FULL_YEARS
                ? unpublishedYears(d, body, picker, bars, from, to) : List.of();
        TimeChartData data = new TimeChartData(from, to + 1, new TimeChartData.Axis("%", 100, PERCENT),
                Optional.empty(), lines, stacks, bars, events, List.of(), gaps);
        return new Chart(data, rows, List.copyOf(sources));
    }

    /**
     * The full years in range that {@code body} gives no brand shares for, each said so in the chart, with the
     * figures other bodies give for that year, by name, on hover (never stacked into the body's bars).
     */
    static List<TimeChartData.Gap> unpublishedYears(Dataset d, String body, FigurePicker picker,
            List<TimeChartData.Bar> bars, int from, int to) {
        List<TimeChartData.Gap> out = new ArrayList<>();
        String who = body.equals(NO_BODY) ? "these sources" : body;
        for (int y = Math.floorDiv(from, 12); y * 12 <= to; y++) {
            Period p = Period.ofYear(y);
            if (p.start() < from || bars.stream().anyMatch(b -> Math.abs(b.start() - p.start()) < 1e-9)) {
                continue;
            }
            Map<String, List<String>> byBody = new TreeMap<>();
            for (Series s : brandSeries(d)) {
                String other = bodyOf(s);
                if (other.equals(body)) {
                    continue;
                }
                picker.pick(s, p).ifPresent(f -> byBody.computeIfAbsent(other, k -> new ArrayList<>())
                        .add(d.brandGroup(s.brandGroup()).map(BrandGroup::name).orElse(s.brandGroup()) + " "
                                + Formats.percent(f.value()) + " (" + f.source().citation() + ")"));
            }
            StringBuilder tip = new StringBuilder("No brand shares from " + who + " for " + y
                    + (PartialPeriods.yearOver(y, java.time.LocalDate.now()) ? "" : " (a year not over)") + ".");
            if (byBody.isEmpty()) {
                tip.append("\nNo other body in the data gives them for ").append(y).append(" either.");
            } else {
                tip.append("\nOther bodies' figures for ").append(y).append(" (their own counts, not comparable"
                        + " with ").append(who).append("'s; choose the body above to chart them):");
                byBody.forEach((k, v) -> tip.append("\n").append(k.equals(NO_BODY) ? "A source naming no body" : k)
                        .append(": ").append(String.join("; ", v)));
            }
            List<String> others = byBody.keySet().stream().map(k -> k.equals(NO_BODY) ? "unnamed body" : k).toList();
            out.add(new TimeChartData.Gap(p.start(), p.end(), List.of("no figure from " + who, "none from " + who,
                    "no figure", "none"), others, tip.toString()));
        }
        return out;
    }

    private static List<Period> periods(Series s, ShareSpan span) {
        return s.points().stream().map(Point::period).filter(p -> inSpan(p, span)).distinct().sorted().toList();
    }

    private static boolean inSpan(Period p, ShareSpan span) {
        return span == ShareSpan.FULL_YEARS ? p.isYear()
                : p.granularity() == Period.Granularity.MONTH || p.granularity() == Period.Granularity.MONTHS;
    }

    /** Automakers' shares of China's NEV market, side by side per period, each body's count apart. */
    public static Chart nevMarketShares(Dataset d, ShareSpan span, int from, int to, List<TimeChartData.Event> events) {
        return nevMarketShares(d, span, from, to, events, null);
    }

    public static Chart nevMarketShares(Dataset d, ShareSpan span, int from, int to, List<TimeChartData.Event> events,
            String preferred) {
        SourceRanking ranking = new SourceRanking(d);
        FigurePicker picker = new FigurePicker(d, preferred);
        List<Series> series = d.series().stream().filter(s -> s.metric() == Metric.MARKET_SHARE && s.company() != null
                && Region.CHINA.equals(s.market()) && s.powertrain() == Powertrain.NEV && !s.points().isEmpty()).toList();
        List<TimeChartData.Stack> stacks = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            stacks.add(new TimeChartData.Stack(d.subjectName(s) + (s.body() == null ? "" : " (" + s.body() + ")"),
                    k));
        }
        TreeMap<Period, List<int[]>> slots = new TreeMap<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (int k = 0; k < series.size(); k++) {
            for (Period p : periods(series.get(k), span)) {
                if (p.end() <= from || p.start() >= to + 1) {
                    continue;
                }
                Optional<Figure> f = picker.pick(series.get(k), p);
                if (f.isPresent()) {
                    slots.computeIfAbsent(p, x -> new ArrayList<>()).add(new int[] {k});
                    figures.put(k + "|" + p, f.get());
                }
            }
        }
        List<TimeChartData.Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (Map.Entry<Period, List<int[]>> e : slots.entrySet()) {
            List<int[]> ks = e.getValue();
            for (int slot = 0; slot < ks.size(); slot++) {
                int k = ks.get(slot)[0];
                Figure f = figures.get(k + "|" + e.getKey());
                sources.add(f.source());
                String name = stacks.get(k).name();
                bars.add(new TimeChartData.Bar(e.getKey().start(), e.getKey().end(), slot, ks.size(), List.of(
                        new TimeChartData.Segment(k, f.value(), f.describe(name + ", share of China's NEV market",
                                ranking), false, f.conflict(), f.source().citation()))));
                rows.add(row("NEV market shares", name, f));
            }
        }
        TimeChartData data = new TimeChartData(from, to + 1, new TimeChartData.Axis("%", Double.NaN, PERCENT),
                Optional.empty(), List.of(), stacks, bars, events, List.of());
        return new Chart(data, rows, List.copyOf(sources));
    }

    // --- one automaker in China ------------------------------------------------------------------------

    /**
     * A company's yearly deliveries in China stacked under the rest of its deliveries worldwide (computed:
     * total minus China), China's share of its total and its BEV share in China on the right axis, and a
     * sentence on the latest year against the best one.
     */
    public static CompanyInChina companyInChina(Dataset d, String companyId, int from, int to,
            List<TimeChartData.Event> events) {
        return companyInChina(d, companyId, from, to, events, null);
    }

    public static CompanyInChina companyInChina(Dataset d, String companyId, int from, int to,
            List<TimeChartData.Event> events, String preferred) {
        SourceRanking ranking = new SourceRanking(d);
        FigurePicker picker = new FigurePicker(d, preferred);
        String name = d.company(companyId).map(Company::name).orElse(companyId);
        Optional<Series> china = deliveries(d, companyId, Region.CHINA);
        Optional<Series> world = deliveries(d, companyId, null);
        Optional<Series> bevShare = d.series().stream().filter(s -> s.metric() == Metric.EV_SALES_SHARE
                && companyId.equals(s.company()) && Region.CHINA.equals(s.market()) && s.powertrain() == Powertrain.BEV)
                .findFirst();
        List<TimeChartData.Stack> stacks = List.of(new TimeChartData.Stack("in China", 0),
                new TimeChartData.Stack("elsewhere", 1));
        List<TimeChartData.Bar> bars = new ArrayList<>();
        List<TimeChartData.Mark> share = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        Map<Period, Figure> chinaByYear = new TreeMap<>();
        Map<Period, Figure> worldByYear = new TreeMap<>();
        if (china.isPresent()) {
            for (Period p : china.get().points().stream().map(Point::period).filter(Period::isYear).distinct().sorted()
                    .toList()) {
                if (p.end() <= from || p.start() >= to + 1) {
                    continue;
                }
                Optional<Figure> c = pickOrWorded(picker, ranking, china.get(), p);
                if (c.isEmpty()) {
                    continue;
                }
                chinaByYear.put(p, c.get());
                sources.add(c.get().source());
                rows.add(row("in China", name + " deliveries in China", c.get()));
                List<TimeChartData.Segment> segs = new ArrayList<>();
                segs.add(new TimeChartData.Segment(0, c.get().value(), c.get().describe(name + " in China", ranking),
                        c.get().point().qualifier() != null, c.get().conflict(), c.get().source().citation()));
                Optional<Figure> w = world.flatMap(s -> picker.pick(s, p));
                if (w.isPresent() && w.get().value() >= c.get().value()) {
                    worldByYear.put(p, w.get());
                    sources.add(w.get().source());
                    rows.add(row("in China", name + " deliveries worldwide", w.get()));
                    double restValue = w.get().value() - c.get().value();
                    double pct = c.get().value() / w.get().value() * 100;
                    segs.add(new TimeChartData.Segment(1, restValue, name + " outside China · " + p.label() + "\n"
                            + Formats.count(restValue) + " vehicles, computed: " + Formats.count(w.get().value())
                            + " worldwide minus " + Formats.count(c.get().value()) + " in China\nSources: "
                            + w.get().source().citation() + "; " + c.get().source().citation(), true, w.get().conflict(),
                            "computed: worldwide minus China"));
                    String words = c.get().point().qualified().map(q -> q.words() + " ").orElse("");
                    share.add(new TimeChartData.Mark(p.start(), p.end(), pct, "China's share of " + name
                            + "'s deliveries · " + p.label() + "\n" + words + Formats.percent(pct) + ", computed: "
                            + words + Formats.count(c.get().value()) + " of " + Formats.count(w.get().value()),
                            new TimeChartData.Style(c.get().point().qualifier() != null, false, false, false)));
                    rows.add(new Row("in China", "China's share of " + name + "'s deliveries", p, round(pct), "%",
                            words.isEmpty() ? "computed" : "computed, " + words.strip(), "computed: China / worldwide",
                            null));
                }
                bars.add(new TimeChartData.Bar(p.start(), p.end(), 0, 1, segs));
            }
        }
        List<TimeChartData.Line> lines = new ArrayList<>();
        if (!share.isEmpty()) {
            lines.add(new TimeChartData.Line("China's share of the total", 9, true, false,
                    TimeChartData.Join.CONNECTED, share));
        }
        bevShare.ifPresent(s -> {
            List<TimeChartData.Mark> marks = marks(d, picker, s, Period::isYear, from, to,
                    "BEV share of " + name + "'s sales in China", "in China", rows, sources);
            if (!marks.isEmpty()) {
                lines.add(new TimeChartData.Line("BEV share in China", 2, true, true,
                        TimeChartData.Join.CONNECTED, marks));
            }
        });
        TimeChartData data = new TimeChartData(from, to + 1, new TimeChartData.Axis("vehicles", Double.NaN, COUNT),
                Optional.of(new TimeChartData.Axis("%", 100, PERCENT)), lines, stacks, bars, events, List.of());
        return new CompanyInChina(new Chart(data, rows, List.copyOf(sources)), callout(name, chinaByYear, worldByYear));
    }

    private static Optional<Series> deliveries(Dataset d, String company, String market) {
        return d.series().stream().filter(s -> s.metric() == Metric.DELIVERIES && company.equals(s.company())
                && java.util.Objects.equals(market, s.market()) && s.powertrain() == Powertrain.ALL && s.isHeadline()
                && s.body() == null && !s.points().isEmpty()).findFirst();
    }

    /**
     * "BMW Group delivered 625,527 cars in China in 2025, more than 26 % fewer than in 2021 (more than
     * 846,000); China took 25.4 % of its deliveries worldwide." The latest year with an exact figure against
     * the year with the most, in the wording of its source.
     */
    static String callout(String name, Map<Period, Figure> china, Map<Period, Figure> world) {
        Optional<Map.Entry<Period, Figure>> latest = china.entrySet().stream()
                .filter(e -> e.getValue().point().qualifier() == null).max(Map.Entry.comparingByKey());
        if (latest.isEmpty()) {
            return china.isEmpty() ? "No sourced yearly deliveries of " + name + " in China." : "";
        }
        Map.Entry<Period, Figure> peak = china.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().value())).orElseThrow();
        Figure last = latest.get().getValue();
        StringBuilder b = new StringBuilder(name).append(" delivered ").append(Formats.count(last.value()))
                .append(" cars in China in ").append(latest.get().getKey().label());
        if (!peak.getKey().equals(latest.get().getKey())) {
            Figure top = peak.getValue();
            double change = (last.value() - top.value()) / top.value() * 100;
            String q = top.point().qualifier() == null ? "" : switch (top.point().qualifier()) {
                case MORE_THAN -> "more than ";
                case LESS_THAN -> "less than ";
                default -> "about ";
            };
            if (change < 0 && q.equals("less than ")) {
                q = "less than ";
            }
            b.append(", ").append(q).append(Math.round(Math.abs(change))).append(" % ")
                    .append(change < 0 ? "fewer" : "more").append(" than in ").append(peak.getKey().label())
                    .append(" (").append(Formats.value(top.point(), dev.evdash.data.Unit.VEHICLES)).append(')');
        }
        Figure total = world.get(latest.get().getKey());
        if (total != null) {
            b.append("; China took ").append(Formats.percent(last.value() / total.value() * 100))
                    .append(" of its deliveries worldwide (").append(Formats.count(total.value())).append(')');
        }
        return b.append('.').toString();
    }

    // --- alliances on the timeline -------------------------------------------------------------------------

    /** What happened to a company on a time axis: its partnerships and its milestones, by date. */
    public static List<TimeChartData.Event> companyEvents(Dataset d, String companyId) {
        List<TimeChartData.Event> out = new ArrayList<>(alliances(d, companyId));
        out.addAll(dev.evdash.model.watchlist.WatchFigures.milestones(d, companyId));
        out.sort(java.util.Comparator.comparingDouble(TimeChartData.Event::at));
        return out;
    }

    /** A company's partnerships as dated events, coloured by their first area as in the network. */
    public static List<TimeChartData.Event> alliances(Dataset d, String companyId) {
        List<TimeChartData.Event> out = new ArrayList<>();
        for (Partnership p : d.partnerships()) {
            if (!p.parties().contains(companyId)) {
                continue;
            }
            List<String> others = p.parties().stream().filter(id -> !id.equals(companyId))
                    .map(id -> shortName(d, id)).toList();
            String partners = p.parties().stream().map(id -> d.company(id).map(Company::name).orElse(id))
                    .collect(Collectors.joining(", "));
            String areas = p.areas().stream().map(Area::label).collect(Collectors.joining(", "));
            String cited = p.sources().stream().map(id -> d.source(id).map(Source::citation).orElse(id))
                    .collect(Collectors.joining("; "));
            String tooltip = "Partnership announced " + p.announced() + ": " + partners + "\nArea: " + areas + "\n"
                    + dev.evdash.model.Formats.clip(p.summary(), dev.evdash.model.Formats.SHOWN_TEXT) + "\nSource: " + cited;
            out.add(new TimeChartData.Event(at(p.announced()), p.id(), String.join(", ", others), tooltip,
                    p.areas().isEmpty() ? 0 : p.areas().get(0).ordinal(), TimeChartData.EventKind.ALLIANCE));
        }
        return out;
    }

    /** "Alibaba" for "Alibaba Group", "ByteDance" for "ByteDance (Volcano Engine, Doubao model)". */
    public static String shortName(Dataset d, String id) {
        String name = d.company(id).map(Company::name).orElse(id);
        int paren = name.indexOf(" (");
        name = paren > 0 ? name.substring(0, paren) : name;
        for (String suffix : List.of(" Group", " Technologies", " Motor", " Holding / Geely Auto")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 2) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Where a date (2025, 2025-03 or 2025-03-26) sits on the time axis: a year or month at its middle. */
    public static double at(String date) {
        String[] parts = date.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return year * 12 + 6;
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            return year * 12 + month - 0.5;
        }
        Period day = Period.parse(date);
        return day.start();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * The marks of a series over the periods {@code keep} accepts within the range: the charted figure of
     * each period (an outturn before a preliminary figure; a worded figure only where there is no exact
     * one), and projections apart as forward marks.
     */
    static List<TimeChartData.Mark> marks(Dataset d, FigurePicker picker, Series s, Predicate<Period> keep, int from,
            int to, String subject, String chart, List<Row> rows, Set<Source> sources) {
        SourceRanking ranking = picker.ranking();
        List<TimeChartData.Mark> out = new ArrayList<>();
        List<Period> periods = s.points().stream().map(Point::period).filter(keep).distinct().sorted().toList();
        for (Period p : periods) {
            if (p.end() <= from || p.start() >= to + 1) {
                continue;
            }
            Optional<Figure> f = pickOrWorded(picker, ranking, s, p);
            f.ifPresent(fig -> {
                Point pt = fig.point();
                sources.add(fig.source());
                boolean tentative = !pt.isFinal() || pt.periodNote() != null || pt.qualifier() != null;
                out.add(new TimeChartData.Mark(p.start(), p.end(), pt.value(), fig.describe(subject, ranking),
                        new TimeChartData.Style(tentative, fig.conflict(), fig.revised(), false)));
                rows.add(row(chart, subject, fig));
            });
            for (Point fp : s.points()) {
                if (fp.period().equals(p) && fp.isForwardLooking()) {
                    Source src = ranking.source(fp);
                    sources.add(src);
                    out.add(new TimeChartData.Mark(p.start(), p.end(), fp.value(), subject + " · " + p.label() + "\n"
                            + Formats.value(fp, s.unit()) + " (" + fp.status().words() + ", not an outturn)\nSource: "
                            + src.citation(), new TimeChartData.Style(true, false, false, true)));
                    rows.add(new Row(chart, subject, p, fp.value(), s.unit().symbol(), wording(fp), src.citation(),
                            fp.note()));
                }
            }
        }
        return out;
    }

    /** The charted figure, or where the period has only worded figures ("more than 846,000"), the best of them. */
    static Optional<Figure> pickOrWorded(FigurePicker picker, SourceRanking ranking, Series s, Period p) {
        Optional<Figure> exact = picker.pick(s, p);
        if (exact.isPresent()) {
            return exact;
        }
        List<Point> all = s.points().stream().filter(x -> x.period().equals(p)).toList();
        return all.stream().filter(x -> !x.isForwardLooking()).min(ranking.order())
                .map(x -> new Figure(s, x, ranking.source(x), all, false, false));
    }

    /** A figure as a CSV row of a chart. */
    public static Row row(String chart, String series, Figure f) {
        Point p = f.point();
        return new Row(chart, series, p.period(), p.value(), f.series().unit().symbol(), wording(p),
                f.source().citation(), p.note());
    }

    /** "more than", "preliminary", "estimate, about" … : how the source words a figure; empty for an exact outturn. */
    static String wording(Point p) {
        List<String> w = new ArrayList<>();
        if (p.status() != null) {
            w.add(p.status().words());
        }
        p.qualified().ifPresent(q -> w.add(q.words()));
        if (p.high() != null) {
            w.add("up to " + Formats.plain(p.high()));
        }
        if (p.periodNote() != null) {
            w.add("period: " + p.periodNote());
        }
        return String.join("; ", w);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The first and last month (indices) any figure or event of the view covers, from 2015 on. */
    public static int[] span(Dataset d, List<TimeChartData.Event> events) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Series s : d.series()) {
            boolean inView = (s.metric() == Metric.EV_SALES_SHARE && Region.CHINA.equals(s.region()) && s.body() != null)
                    || (s.metric() == Metric.MARKET_SHARE && Region.CHINA.equals(s.market()))
                    || (s.metric() == Metric.DELIVERIES && Region.CHINA.equals(s.market()) && s.company() != null);
            if (!inView) {
                continue;
            }
            for (Point p : s.points()) {
                if (p.period().year() >= 2015) {
                    lo = Math.min(lo, p.period().startIndex());
                    hi = Math.max(hi, (int) Math.ceil(p.period().end()) - 1);
                }
            }
        }
        for (TimeChartData.Event e : events) {
            hi = Math.max(hi, (int) Math.floor(e.at()));
        }
        if (lo == Integer.MAX_VALUE) {
            return new int[] {2019 * 12, 2026 * 12 - 1};
        }
        return new int[] {lo, hi};
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
