package dev.evdash.data.iea;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Metric;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Powertrain;
import dev.evdash.data.Region;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.SourceKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the cars' historical EV sales, EV sales share and EV stock of an IEA Data Explorer CSV into a
 * dataset, as figures of the edition's own source ({@code iea-gevo-2024-csv} for the 2024 edition).
 *
 * <p>A real merge: a figure already in the data from the same edition, or the same value from another
 * edition, is left as it is, so importing a file twice changes nothing. A figure another edition gives
 * differently (an IEA revision) is added beside it, each with its source: the views show it as a
 * conflict like any other. Rows the import wants but cannot read are reported with their line.
 */
public final class IeaImport {

    /** Source ids this importer gives the editions; their figures count as "already in the data". */
    static final Pattern EDITION_SOURCE = Pattern.compile("iea-gevo-(\\d{4})-csv");
    static final String EXPLORER_URL = "https://www.iea.org/data-and-statistics/data-tools/global-ev-data-explorer";
    /** IEA fractions carry float noise ({@code 2.400000095}); seven significant digits is what a float holds. */
    private static final MathContext FLOAT_DIGITS = new MathContext(7);
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

    /**
     * What to import: the regions by their IEA names ("World", "Norway"; empty: every region of the dataset
     * that has an IEA name), which edition (else found from the file), and today's date. A region the
     * dataset does not list yet is added to it.
     */
    public record Options(Set<String> regions, OptionalInt edition, LocalDate today) {
        public Options {
            regions = new java.util.LinkedHashSet<>(regions);
            Objects.requireNonNull(edition);
            Objects.requireNonNull(today);
        }
    }

    /** The merged dataset and what happened. */
    public record Result(Dataset dataset, Report report) {}

    /** What an import did, for the status line, the CLI and the log. */
    public record Report(String fileName, String layout, int edition, String editionFrom, String sourceId,
            boolean sourceAdded, int rows, int kept, int added, int revisions, int unchanged, int seriesAdded,
            List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        /** True when the dataset differs from the one merged into. */
        public boolean changed() {
            return added > 0 || sourceAdded;
        }

        public String summary() {
            return fileName + " (" + layout + ", " + edition + " edition, " + editionFrom + "): " + rows + " rows, "
                    + kept + " of them cars' historical EV sales, sales share or stock in the chosen regions; "
                    + added + " figure" + (added == 1 ? "" : "s") + " added" + (revisions > 0 ? " (" + revisions
                    + " revising another edition's)" : "") + ", " + unchanged + " already in the data"
                    + (seriesAdded > 0 ? ", " + seriesAdded + " new series" : "")
                    + (problems.isEmpty() ? "" : ", " + problems.size() + " row" + (problems.size() == 1 ? "" : "s")
                    + " not read");
        }
    }

    private IeaImport() {}

    /** Parses "World,Norway" into region names as the IEA spells them (matched without case at import). */
    public static Set<String> parseRegions(String list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String part : list.split(",")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no region given; name them as the IEA does: World, China, Europe,"
                    + " USA, Norway …");
        }
        return out;
    }

    /**
     * The dataset's region for each IEA region name asked for (by the region's IEA name, then its name, then
     * its id); names the dataset lacks get a new region, added to {@code regions}. Names the file does not
     * have are reported.
     */
    private static Map<String, String> regions(Dataset dataset, IeaCsv.Table table, Options options,
            List<Region> regions, List<String> problems) {
        Map<String, String> inFile = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        table.rows().forEach(r -> inFile.putIfAbsent(r.region(), r.region()));
        Map<String, String> byIeaName = new LinkedHashMap<>();
        if (options.regions().isEmpty()) {
            for (Region r : dataset.regions()) {
                if (r.iea() != null && inFile.containsKey(r.iea())) {
                    byIeaName.put(inFile.get(r.iea()), r.id());
                }
            }
            return byIeaName;
        }
        for (String asked : options.regions()) {
            String name = inFile.get(asked);
            if (name == null) {
                problems.add("region '" + asked + "' is not in " + table.fileName() + "; nothing imported for it");
                continue;
            }
            Optional<Region> known = regions.stream().filter(r -> name.equalsIgnoreCase(r.iea())).findFirst()
                    .or(() -> regions.stream().filter(r -> name.equalsIgnoreCase(r.name())).findFirst())
                    .or(() -> regions.stream().filter(r -> r.id().equals(slug(name))).findFirst());
            Region region = known.orElseGet(() -> {
                Region added = new Region(slug(name), name, name, "Added by the IEA import.");
                regions.add(added);
                return added;
            });
            byIeaName.put(name, region.id());
        }
        return byIeaName;
    }

    /** "Korea" → "korea", "United Kingdom" → "united-kingdom": a region id from an IEA name. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "region" : s;
    }

    public static Result merge(Dataset dataset, IeaCsv.Table table, Options options) {
        int[] edition = new int[1];
        String editionFrom = edition(table, options, edition);
        String sourceId = "iea-gevo-" + edition[0] + "-csv";

        List<String> problems = new ArrayList<>();
        table.badRows().forEach(b -> problems.add(b.message()));
        List<Region> regionList = new ArrayList<>(dataset.regions());
        Map<String, String> chosen = regions(dataset, table, options, regionList, problems);
        Map<String, String> ieaNames = new LinkedHashMap<>();
        chosen.forEach((name, id) -> ieaNames.put(id, name));
        Map<Key, Figure> figures = new LinkedHashMap<>();
        int kept = 0;
        for (IeaCsv.Row row : table.rows()) {
            Metric metric = metric(row.parameter());
            String region = chosen.get(row.region());
            if (!row.category().equals("Historical") || !row.mode().equals("Cars") || metric == null || region == null) {
                continue;
            }
            kept++;
            Optional<Figure> f = figure(row, metric, region, problems);
            if (f.isEmpty()) {
                continue;
            }
            Figure first = figures.putIfAbsent(f.get().key(), f.get());
            if (first != null && first.value() != f.get().value()) {
                problems.add("line " + row.line() + ": a second figure for " + row.region() + " " + row.parameter()
                        + " " + row.powertrain() + " " + row.year() + " (" + row.value() + "; line " + first.line()
                        + " gives " + format(first.value()) + "); the first is kept");
            }
        }

        List<Series> series = new ArrayList<>(dataset.series());
        int added = 0;
        int revisions = 0;
        int unchanged = 0;
        int seriesAdded = 0;
        List<Figure> sorted = figures.values().stream().sorted(Comparator.comparing(Figure::key)).toList();
        for (Figure f : sorted) {
            int at = find(series, f.key());
            if (at < 0) {
                series.add(newSeries(f.key(), regionList, ieaNames.get(f.key().region())));
                at = series.size() - 1;
                seriesAdded++;
            }
            Series s = series.get(at);
            Period period = Period.ofYear(f.key().year());
            List<Point> same = s.points().stream().filter(p -> p.period().equals(period)).toList();
            Optional<Point> ours = same.stream().filter(p -> p.source().equals(sourceId)).findFirst();
            if (ours.isPresent()) {
                if (ours.get().value() != f.value()) {
                    problems.add("line " + f.line() + ": " + format(f.value()) + " differs from the figure already in"
                            + " the data from this edition (" + format(ours.get().value()) + "); the data's is kept");
                }
                unchanged++;
                continue;
            }
            List<Point> otherEditions = same.stream().filter(p -> EDITION_SOURCE.matcher(p.source()).matches()).toList();
            if (otherEditions.stream().anyMatch(p -> p.value() == f.value())) {
                unchanged++;
                continue;
            }
            if (!otherEditions.isEmpty()) {
                revisions++;
            }
            Point point = new Point(period, f.value(), null, sourceId, f.text(), null);
            series.set(at, Edits.withPointAdded(s, point));
            added++;
        }

        boolean sourceAdded = false;
        List<Source> sources = dataset.sources();
        if (added > 0 && dataset.source(sourceId).isEmpty()) {
            sources = new ArrayList<>(sources);
            sources.add(source(sourceId, edition[0], table.fileName()));
            sourceAdded = true;
        }
        Dataset merged = added == 0 ? dataset : new Dataset(dataset.schema(), dataset.schemaVersion(), dataset.name(),
                options.today().toString(), dataset.sourcePriority(), sources, List.copyOf(regionList),
                dataset.brandGroups(), dataset.companies(), series, dataset.partnerships(), dataset.watchlist());
        return new Result(merged, new Report(table.fileName(), table.layout(), edition[0], editionFrom, sourceId,
                sourceAdded, table.rows().size() + table.badRows().size(), kept, added, revisions, unchanged,
                seriesAdded, problems));
    }

    private static String edition(IeaCsv.Table table, Options options, int[] out) {
        if (options.edition().isPresent()) {
            out[0] = options.edition().getAsInt();
            return "as given";
        }
        Matcher m = YEAR_IN_NAME.matcher(table.fileName());
        if (m.find()) {
            out[0] = Integer.parseInt(m.group(1));
            return "from the file name";
        }
        int last = table.rows().stream().filter(r -> r.category().equals("Historical"))
                .mapToInt(r -> parseYear(r.year())).max().orElse(0);
        if (last > 0) {
            out[0] = last + 1;
            return "the year after its last historical year";
        }
        throw new IllegalArgumentException(table.fileName() + ": cannot tell the edition (no year in the file name,"
                + " no historical rows); give it with --edition");
    }

    private static Metric metric(String parameter) {
        return switch (parameter) {
            case "EV sales" -> Metric.EV_SALES;
            case "EV sales share" -> Metric.EV_SALES_SHARE;
            case "EV stock" -> Metric.EV_STOCK;
            default -> null;
        };
    }

    private static Optional<Figure> figure(IeaCsv.Row row, Metric metric, String region, List<String> problems) {
        String where = "line " + row.line() + ": ";
        Powertrain pt;
        if (metric == Metric.EV_SALES_SHARE) {
            pt = row.powertrain().equals("EV") ? Powertrain.EV : null;
        } else {
            pt = switch (row.powertrain()) {
                case "BEV" -> Powertrain.BEV;
                case "PHEV" -> Powertrain.PHEV;
                case "FCEV" -> Powertrain.FCEV;
                default -> null;
            };
        }
        if (pt == null) {
            problems.add(where + "powertrain '" + row.powertrain() + "' is not one EVDash reads for " + row.parameter());
            return Optional.empty();
        }
        String unit = metric == Metric.EV_SALES_SHARE ? "percent" : "vehicles";
        if (!row.unit().equalsIgnoreCase(unit)) {
            problems.add(where + "unit '" + row.unit() + "', expected '" + unit + "' for " + row.parameter());
            return Optional.empty();
        }
        int year = parseYear(row.year());
        if (year < 1990 || year > 2100) {
            problems.add(where + "year '" + row.year() + "' is not a year");
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(row.value());
        } catch (NumberFormatException e) {
            problems.add(where + "value '" + row.value() + "' is not a number");
            return Optional.empty();
        }
        if (!Double.isFinite(value) || value < 0 || (metric == Metric.EV_SALES_SHARE && value > 100)) {
            problems.add(where + "value " + row.value() + " is out of range for " + row.parameter());
            return Optional.empty();
        }
        if (value != Math.rint(value)) {
            value = new BigDecimal(value).round(FLOAT_DIGITS).doubleValue();
        }
        return Optional.of(new Figure(new Key(metric, region, pt, year), value, row.line(), row.text()));
    }

    private static int parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int find(List<Series> series, Key k) {
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.metric() == k.metric() && k.region().equals(s.region()) && s.powertrain() == k.powertrain()
                    && s.body() == null && s.basis() == null && s.vehicles() == null) {
                return i;
            }
        }
        return -1;
    }

    private static Series newSeries(Key k, List<Region> regions, String iea) {
        String region = k.region();
        String label = region.equals(Region.WORLD) ? "world" : regions.stream().filter(r -> r.id().equals(region))
                .map(Region::name).findFirst().orElse(iea);
        String scope = "IEA \"" + iea + "\"; new passenger cars; imported from the IEA Global EV Data Explorer.";
        return switch (k.metric()) {
            case EV_SALES_SHARE -> new Series("ev-sales-share-" + region, "Electric share of new car sales, " + label,
                    k.metric(), k.region(), null, null, Powertrain.EV, k.metric().unit(), scope, List.of());
            case EV_STOCK -> new Series("ev-stock-" + region + "-" + pt(k), "Electric car stock, " + label + ", "
                    + k.powertrain().label(), k.metric(), k.region(), null, null, k.powertrain(), k.metric().unit(),
                    "IEA \"" + iea + "\"; passenger cars on the road at the end of the year; imported from the IEA"
                            + " Global EV Data Explorer.", List.of());
            default -> new Series("ev-sales-" + region + "-" + pt(k), "Electric car sales, " + label + ", "
                    + k.powertrain().label(), k.metric(), k.region(), null, null, k.powertrain(), k.metric().unit(),
                    scope, List.of());
        };
    }

    private static String pt(Key k) {
        return k.powertrain().name().toLowerCase(Locale.ROOT);
    }

    private static Source source(String id, int edition, String fileName) {
        return new Source(id, "IEA Global EV Data Explorer, " + edition + " edition (CSV `" + fileName + "`)", "IEA",
                EXPLORER_URL, Integer.toString(edition), SourceKind.IEA, "CC BY 4.0",
                "Source: IEA (" + edition + "), Global EV Data Explorer / Global EV Outlook " + edition
                        + ", CC BY 4.0. Imported by EVDash from " + fileName + ": cars, historical.");
    }

    private static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    record Key(Metric metric, String region, Powertrain powertrain, int year) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::metric).thenComparing(Key::region)
                .thenComparing(Key::powertrain).thenComparingInt(Key::year);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    record Figure(Key key, double value, int line, String text) {}
}
