package dev.evdash.app;

import dev.evdash.data.AtomicFiles;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.MergeConflict;
import dev.evdash.data.Problem;
import dev.evdash.data.ReadResult;
import dev.evdash.data.merge.DatasetMerge;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evdash merge BASE OURS THEIRS [--out FILE]}: the three-way merge of datasets, record by record,
 * usable as git's merge driver ({@code %O %A %B}). Without {@code --out} the result replaces OURS, as git
 * expects. Exit 0: merged cleanly; 1: merged with conflicts recorded in the result (or a file refused);
 * 2: a usage error. A file that is not a valid dataset is refused with its problems and nothing is written.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Merges two versions of a dataset with the one they both started from, record by record.",
            "A field both sides changed differently keeps OURS and is recorded as a conflict in the result,",
            "for the window (or an editor) to resolve. As a git merge driver: .gitattributes",
            "  dataset.json merge=evdash",
            "and: git config merge.evdash.driver 'evdash merge %%O %%A %%B'",
            "Exit code 0 for a clean merge, 1 when conflicts were recorded or a file was refused, 2 for a usage error."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASE", description = "The version both sides started from (git's %%O).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version (git's %%A); replaced by the result without --out.")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
    Path theirs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the result goes (default: OURS).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetReader reader = new DatasetReader();
        List<Dataset> sides = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        for (Path f : List.of(base, ours, theirs)) {
            ReadResult r = reader.read(f);
            if (r.isValid()) {
                sides.add(r.dataset().orElseThrow());
            } else {
                refused.addAll(r.problems());
            }
        }
        if (!refused.isEmpty()) {
            refused.forEach(p -> err.println(p.format()));
            err.println("evdash merge: refused: " + (refused.size() == 1 ? "a file is" : "files are")
                    + " not a valid dataset; nothing was written");
            err.flush();
            return Main.FAILED;
        }
        DatasetCodec codec = DatasetCodec.shared();
        DatasetMerge.Result result = DatasetMerge.merge(codec, sides.get(0), sides.get(1), sides.get(2));
        Path target = out != null ? out : ours;
        byte[] bytes = codec.write(result.merged()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, o -> o.write(bytes));
        stdout.println("evdash merge: " + target + ": " + result.summary().words());
        List<MergeConflict> open = result.merged().mergeConflicts();
        for (MergeConflict c : open) {
            stdout.println("  conflict at " + c.pointer() + ": " + c.why());
        }
        stdout.flush();
        return result.clean() ? Main.OK : Main.FAILED;
    }
}
