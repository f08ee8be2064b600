package dev.evdash.app;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetStore;
import dev.evdash.data.FileStamp;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import dev.evdash.data.UserDataLocation;
import dev.evdash.data.iea.IeaCsv;
import dev.evdash.data.iea.IeaImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evdash import}: brings published data into the dataset. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "Merges published data into a dataset file.",
        subcommands = ImportCommand.Iea.class)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: evdash import iea FILE.csv");
    }

    /** {@code evdash import iea FILE.csv}: the IEA Global EV Data Explorer CSV. */
    @Command(name = "iea", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
            description = {
                "Merges the IEA Global EV Data Explorer CSV (2024 or 2025 layout) into a dataset: cars' historical",
                "EV sales, EV sales share and EV stock of the chosen regions, as figures of the edition's own source.",
                "Importing the same file again changes nothing; figures a newer edition revises are kept beside",
                "the older edition's. Rows that cannot be read are listed with their line. The dataset is saved",
                "with a backup of the version before (FILE.1), and only if something changed.",
                "Exit code 0 when the import went through (even with unreadable rows), 1 when it did not."})
    static final class Iea implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV as the IEA publishes it.")
        Path csv;

        @Option(names = "--into", paramLabel = "DATASET",
                description = "The dataset file to merge into (default: your data file; created from the bundled"
                        + " dataset if it does not exist).")
        Path into;

        @Option(names = "--regions", paramLabel = "LIST",
                description = {"IEA regions to keep, as the IEA names them (World, China, Europe, USA, Norway …);",
                    "a region the dataset does not list yet is added to it. Default: every region of the",
                    "dataset that has an IEA name (World, China, Europe and USA in the bundled data)."})
        String regions;

        @Option(names = "--edition", paramLabel = "YEAR",
                description = "The edition (default: the year in the file name, else the year after its last"
                        + " historical year).")
        Integer edition;

        @Option(names = "--dry-run", description = "Report what would change; write nothing.")
        boolean dryRun;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Set<String> chosen;
            try {
                chosen = regions == null ? Set.of() : IeaImport.parseRegions(regions);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--regions: " + e.getMessage());
            }
            if (edition != null && (edition < 2000 || edition > 2100)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--edition: " + edition + " is not a year");
            }
            Path target = into != null ? into : UserDataLocation.defaultFile();
            DatasetReader reader = new DatasetReader();
            Dataset base;
            Optional<FileStamp> stamp;
            if (Files.exists(target)) {
                ReadResult r = reader.read(target);
                if (!r.isValid()) {
                    r.problems().forEach(p -> err.println(p.format()));
                    err.println("evdash: " + target + " is not a valid dataset; nothing imported");
                    return Main.FAILED;
                }
                base = r.dataset().orElseThrow();
                stamp = r.stamp();
            } else {
                base = reader.readBundled().dataset().orElseThrow();
                stamp = Optional.empty();
                out.println(target + " does not exist: starting from the bundled dataset");
            }
            long t0 = System.nanoTime();
            IeaCsv.Table table;
            try {
                table = IeaCsv.read(csv, null);
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("evdash: " + csv + ": no such file");
                return Main.FAILED;
            } catch (IeaCsv.LayoutException | dev.evdash.data.CsvReader.MalformedCsvException e) {
                String name = csv.getFileName() + ": ";
                String m = e.getMessage();
                err.println("evdash: " + csv + ": " + (m.startsWith(name) ? m.substring(name.length()) : m));
                return Main.FAILED;
            }
            java.util.Set<String> inFile = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            table.rows().forEach(r -> inFile.add(r.region()));
            for (String asked : chosen) {
                if (!inFile.contains(asked)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--regions: unknown region '" + asked
                            + "': " + csv.getFileName() + " has no rows for it (it has " + inFile.size() + " regions,"
                            + " e.g. " + String.join(", ", inFile.stream().limit(6).toList()) + ")");
                }
            }
            IeaImport.Result result;
            try {
                result = IeaImport.merge(base, table, new IeaImport.Options(chosen,
                        edition == null ? OptionalInt.empty() : OptionalInt.of(edition), LocalDate.now()));
            } catch (IllegalArgumentException e) {
                err.println("evdash: " + e.getMessage());
                return Main.FAILED;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            IeaImport.Report report = result.report();
            for (String p : report.problems()) {
                err.println(csv + ":" + p.replaceFirst("^line (\\d+): ", "$1: "));
            }
            out.println(report.summary() + "; read and merged in " + ms + " ms");
            if (!report.changed()) {
                out.println("nothing new: " + target + " not written");
                return Main.OK;
            }
            if (dryRun) {
                out.println("dry run: " + target + " not written");
                return Main.OK;
            }
            DatasetStore store = new DatasetStore(DatasetCodec.shared(), reader);
            try {
                store.save(target, result.dataset(), stamp);
            } catch (DatasetStore.ConflictException e) {
                err.println("evdash: " + e.getMessage() + "; nothing written, run the import again");
                return Main.FAILED;
            } catch (DatasetStore.InvalidDatasetException e) {
                e.problems().stream().map(Problem::format).forEach(err::println);
                err.println("evdash: the merged dataset would not be valid; nothing written");
                return Main.FAILED;
            }
            out.println("wrote " + target + (stamp.isPresent() ? "; the version before is " + target.getFileName()
                    + ".1" : ""));
            return Main.OK;
        }
    }
}
