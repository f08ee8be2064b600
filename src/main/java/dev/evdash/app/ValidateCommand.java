package dev.evdash.app;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evdash validate FILE...}: checks dataset files, one line per problem, exit 1 if any is invalid. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        description = {
            "Checks dataset files against the schema and their references.",
            "Prints FILE:LINE:COL: message (pointer) per problem, or FILE: ok: ... for a valid file.",
            "Exit code 0 when every file is valid, 1 when any is not."
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (JSON).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetReader reader = new DatasetReader();
        int invalid = 0;
        for (Path file : files) {
            ReadResult r = reader.check(file);
            List<Problem> open = r.dataset().map(d -> reader.mergeConflicts(file, d)).orElse(List.of());
            if (r.isValid() && open.isEmpty()) {
                Dataset d = r.dataset().orElseThrow();
                out.printf("%s: ok: %d series, %d partnerships, %d sources%n",
                        file, d.series().size(), d.partnerships().size(), d.sources().size());
            } else if (r.isValid()) {
                invalid++; // it loads; until each conflict is resolved it is not a finished dataset
                open.forEach(p -> out.println(p.format()));
            } else {
                invalid++;
                for (Problem p : r.problems()) {
                    out.println(p.format());
                }
            }
        }
        if (files.size() > 1) {
            out.printf("%d files: %d valid, %d invalid%n", files.size(), files.size() - invalid, invalid);
        }
        out.flush();
        return invalid == 0 ? Main.OK : Main.FAILED;
    }
}
