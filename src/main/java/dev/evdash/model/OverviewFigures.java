package dev.evdash.model;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import dev.evdash.data.Period;
import dev.evdash.data.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.evdash.model.chinamarket.ChinaMarketCharts;

/** The Overview's key figures and newest partnerships, computed from the dataset. */
public final class OverviewFigures {

    /** A line of the newest-partnerships list. */
    public record PartnershipRow(Partnership partnership, String date, String parties, String areas, String summary,
            List<Source> sources) {}

    static final int NEWEST = 8;

    private OverviewFigures() {}

    public static List<Kpi> kpis(Dataset d) {
        return kpis(d, java.time.LocalDate.now());
    }

    /** The key figures as of {@code today}: a year not over is said so and compared like with like. */
    public static List<Kpi> kpis(Dataset d, java.time.LocalDate today) {
        List<Kpi> out = new ArrayList<>();
        List<ChinaShareRow> share = ChinaShareTable.compute(d);
        if (!share.isEmpty()) {
            out.add(trendKpi("World EV sales", share.stream().map(r -> new YearValue(r.year(), r.worldSales(),
                    r.world().sources())).toList(), Formats::compact, "electric cars sold (BEV+PHEV)", today));
            out.add(shareKpi(share));
        }
        ChinaMarketCharts.mainPenetration(d).ifPresent(s -> penetrationKpi(ChinaMarketCharts.monthly(d, s),
                ChinaMarketCharts.shortLabel(d, s)).ifPresent(out::add));
        foreignKpi(ChinaMarketCharts.foreignShare(d, "CAAM"), "CAAM").ifPresent(out::add);
        Map<String, List<YearValue>> totals = deliveryTotals(d, List.of("byd", "bmw"));
        d.company("byd").ifPresent(c -> out.add(trendKpi(c.name() + " EV deliveries", totals.get("byd"),
                Formats::compact, "BEV+PHEV delivered worldwide", today)));
        d.company("bmw").ifPresent(c -> out.add(trendKpi(c.name() + " EV deliveries", totals.get("bmw"),
                Formats::compact, "BEV+PHEV delivered worldwide", today)));
        ratioKpi(d, totals.get("byd"), totals.get("bmw"), today).ifPresent(out::add);
        out.add(partnershipKpi(d, today));
        return out;
    }

    private record YearValue(int year, double value, List<Source> sources) {}

    private static Map<String, List<YearValue>> deliveryTotals(Dataset d, List<String> companies) {
        DeliveriesTable.Result r = DeliveriesTable.compute(d, new DeliveriesTable.Filter(companies,
                Period.Granularity.YEAR, Integer.MIN_VALUE, Integer.MAX_VALUE, false, null, null, null));
        Map<String, List<YearValue>> out = new TreeMap<>();
        companies.forEach(c -> out.put(c, new ArrayList<>()));
        for (DeliveriesTable.Row row : r.rows()) {
            if (row.hasTotal()) {
                out.get(row.company().id()).add(new YearValue(row.period().year(), row.total(), row.sources()));
            }
        }
        return out;
    }

    private static Kpi trendKpi(String title, List<YearValue> values, java.util.function.DoubleFunction<String> format,
            String what, java.time.LocalDate today) {
        if (values == null || values.isEmpty()) {
            return new Kpi(title, "no data", "", "", 0, List.of(), "No sourced figure in the dataset.", List.of());
        }
        YearValue last = values.get(values.size() - 1);
        String change = "";
        int direction = 0;
        boolean over = PartialPeriods.yearOver(last.year(), today);
        if (values.size() > 1 && over) { // a figure for a year not over is not set against a whole year
            YearValue prev = values.get(values.size() - 2);
            double pct = 100 * (last.value() - prev.value()) / prev.value();
            change = String.format(Locale.US, "%+.1f %% on %d", pct, prev.year());
            direction = (int) Math.signum(Math.round(pct * 10));
        }
        return new Kpi(title, format.apply(last.value()), last.year() + (over ? "" : ", year not over"), change,
                direction,
                values.stream().map(YearValue::value).toList(),
                title + ", " + last.year() + ": " + Formats.count(last.value()) + " " + what + cite(last.sources()),
                last.sources().stream().distinct().toList());
    }

    private static Kpi shareKpi(List<ChinaShareRow> rows) {
        ChinaShareRow last = rows.get(rows.size() - 1);
        String change = "";
        int direction = 0;
        if (rows.size() > 1) {
            ChinaShareRow prev = rows.get(rows.size() - 2);
            double pp = last.chinaSharePercent() - prev.chinaSharePercent();
            change = String.format(Locale.US, "%+.1f points on %d", pp, prev.year());
            direction = (int) Math.signum(Math.round(pp * 10));
        }
        return new Kpi("China's share of world EV sales", Formats.percent(last.chinaSharePercent()),
                Integer.toString(last.year()), change, direction,
                rows.stream().map(ChinaShareRow::chinaSharePercent).toList(), last.shareTooltip(), last.sources());
    }

    /** The latest month's NEV share of new cars sold, against the same month a year before. */
    static Optional<Kpi> penetrationKpi(List<ChinaMarketCharts.Value> months, String body) {
        if (months.isEmpty()) {
            return Optional.empty();
        }
        ChinaMarketCharts.Value last = months.get(months.size() - 1);
        Period yearBefore = Period.ofMonth(last.period().year() - 1, last.period().index());
        Optional<ChinaMarketCharts.Value> before = months.stream().filter(v -> v.period().equals(yearBefore)).findFirst();
        String change = before.map(b -> String.format(Locale.US, "%+.1f points y/y", last.value() - b.value()))
                .orElse("");
        int direction = before.map(b -> (int) Math.signum(Math.round((last.value() - b.value()) * 10))).orElse(0);
        List<Double> trend = months.stream().skip(Math.max(0, months.size() - 24))
                .map(ChinaMarketCharts.Value::value).toList();
        return Optional.of(new Kpi("China NEV share (" + body + ")", Formats.percent(last.value()),
                last.period().label(), change, direction, trend, last.provenance(), last.sources()));
    }

    /** Foreign brands' share of China's car market in the latest year, against the figure before it. */
    static Optional<Kpi> foreignKpi(List<ChinaMarketCharts.Value> years, String body) {
        if (years.isEmpty()) {
            return Optional.empty();
        }
        ChinaMarketCharts.Value last = years.get(years.size() - 1);
        String change = "";
        int direction = 0;
        if (years.size() > 1) {
            ChinaMarketCharts.Value prev = years.get(years.size() - 2);
            change = String.format(Locale.US, "%+.1f points on %s", last.value() - prev.value(), prev.period().label());
            direction = (int) Math.signum(Math.round((last.value() - prev.value()) * 10));
        }
        return Optional.of(new Kpi("Foreign brands in China (" + body + ")", Formats.percent(last.value()),
                last.period().label(), change, direction, years.stream().map(ChinaMarketCharts.Value::value).toList(),
                last.provenance(), last.sources()));
    }

    private static Optional<Kpi> ratioKpi(Dataset d, List<YearValue> first, List<YearValue> second,
            java.time.LocalDate today) {
        if (first == null || second == null) {
            return Optional.empty();
        }
        Map<Integer, YearValue> b = second.stream().collect(Collectors.toMap(YearValue::year, v -> v));
        List<YearValue> ratios = new ArrayList<>();
        for (YearValue a : first) {
            YearValue other = b.get(a.year());
            if (other != null && other.value() > 0) {
                List<Source> sources = new ArrayList<>(a.sources());
                sources.addAll(other.sources());
                ratios.add(new YearValue(a.year(), a.value() / other.value(), sources));
            }
        }
        if (ratios.isEmpty()) {
            return Optional.empty();
        }
        String a = d.company("byd").map(Company::name).orElse("BYD");
        String bn = d.company("bmw").map(Company::name).orElse("BMW");
        YearValue last = ratios.get(ratios.size() - 1);
        Kpi k = trendKpi(a + " against " + bn, ratios, v -> String.format(Locale.US, "%.1f×", v), "", today);
        String provenance = String.format(Locale.US, "%s delivered %.1f× as many electric cars as %s in %d (%s vs %s)",
                a, last.value(), bn, last.year(), Formats.count(first.stream().filter(v -> v.year() == last.year())
                        .findFirst().orElseThrow().value()), Formats.count(b.get(last.year()).value()))
                + cite(last.sources());
        return Optional.of(new Kpi(a + " delivered, per " + bn + " EV", k.value(), k.period(), k.change(),
                k.direction(), k.trend(), provenance, k.sources()));
    }

    /**
     * Partnerships announced in the latest year of the data. A year that is not over is counted to the last
     * month its dated announcements reach ("2026 to June") and compared with the same months of the year
     * before, dated announcements on both sides (one that gives only its year cannot be placed in them).
     */
    static Kpi partnershipKpi(Dataset d, java.time.LocalDate today) {
        TreeMap<Integer, Long> perYear = d.partnerships().stream()
                .collect(Collectors.groupingBy(Partnership::announcedYear, TreeMap::new, Collectors.counting()));
        if (perYear.isEmpty()) {
            return new Kpi("Partnerships announced", "0", "", "", 0, List.of(), "No partnerships in the dataset.",
                    List.of());
        }
        int last = perYear.lastKey();
        long count = perYear.get(last);
        List<Double> trend = new ArrayList<>();
        for (int y = perYear.firstKey(); y <= last; y++) {
            trend.add(perYear.getOrDefault(y, 0L).doubleValue());
        }
        List<Source> sources = d.partnerships().stream().filter(p -> p.announcedYear() == last)
                .flatMap(p -> p.sources().stream()).distinct().map(d::source).flatMap(Optional::stream).toList();
        List<String> dates = d.partnerships().stream().map(Partnership::announced).toList();
        Optional<Integer> reached = PartialPeriods.monthsReached(last, dates, today);
        if (!PartialPeriods.yearOver(last, today)) {
            if (reached.isEmpty()) {
                return new Kpi("Partnerships announced", Long.toString(count), last + ", year not over", "", 0, trend,
                        count + " automaker–tech partnerships in the dataset were announced in " + last
                                + ", a year not over; none gives its month, so none is compared with " + (last - 1)
                                + ".", sources);
            }
            int m = reached.get();
            long now = dates.stream().filter(s -> PartialPeriods.inFirstMonths(s, last, m)).count();
            long before = dates.stream().filter(s -> PartialPeriods.inFirstMonths(s, last - 1, m)).count();
            long undatedNow = dates.stream().filter(s -> s.length() == 4 && s.equals(Integer.toString(last))).count();
            long undatedBefore = dates.stream().filter(s -> s.length() == 4 && s.equals(Integer.toString(last - 1)))
                    .count();
            long diff = now - before;
            String span = PartialPeriods.monthsSpan(m);
            String change = span + ": " + now + (diff == 0 ? ", as in " + (last - 1)
                    : ", " + (diff > 0 ? "+" : "") + diff + " on " + (last - 1));
            String longSpan = PartialPeriods.monthsSpanLong(m);
            String provenance = count + " automaker–tech partnerships in the dataset were announced in "
                    + PartialPeriods.yearTo(last, m) + " (the latest dated announcement's month; the year is not over). "
                    + now + " of them are dated " + longSpan + " " + last + ", against " + before + " dated "
                    + longSpan + " " + (last - 1) + "."
                    + (undatedNow + undatedBefore > 0 ? " Not compared, as they give no month: " + undatedNow
                            + " announced in " + last + " and " + undatedBefore + " in " + (last - 1) + "." : "")
                    + " " + (last - 1) + " in full: " + perYear.getOrDefault(last - 1, 0L) + ". Each names its sources"
                    + " in the Alliances view.";
            return new Kpi("Partnerships announced", Long.toString(count), PartialPeriods.yearTo(last, m), change,
                    Long.signum(diff), trend, provenance, sources);
        }
        long prev = perYear.getOrDefault(last - 1, 0L);
        return new Kpi("Partnerships announced", Long.toString(count), Integer.toString(last),
                (count - prev >= 0 ? "+" : "") + (count - prev) + " on " + (last - 1), Long.signum(count - prev), trend,
                count + " automaker–tech partnerships in the dataset were announced in " + last + " (" + prev + " in "
                        + (last - 1) + "); each names its sources in the Alliances view.", sources);
    }

    private static String cite(List<Source> sources) {
        StringBuilder b = new StringBuilder();
        sources.stream().distinct().forEach(s -> b.append("\nSource: ").append(s.citation()));
        return b.toString();
    }

    /** The most recently announced partnerships, newest first. */
    public static List<PartnershipRow> newestPartnerships(Dataset d) {
        return d.partnerships().stream()
                .sorted(Comparator.comparing(Partnership::announced).reversed().thenComparing(Partnership::id))
                .limit(NEWEST)
                .map(p -> new PartnershipRow(p, p.announced(),
                        p.parties().stream().map(id -> d.company(id).map(Company::name).orElse(id))
                                .collect(Collectors.joining(" – ")),
                        p.areas().stream().map(a -> a.label()).collect(Collectors.joining(", ")),
                        Formats.clip(p.summary(), Formats.SHOWN_TEXT),
                        p.sources().stream().map(d::source).flatMap(Optional::stream).toList()))
                .toList();
    }
}
