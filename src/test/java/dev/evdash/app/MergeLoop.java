package dev.evdash.app;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link MergeKillTest}: merges BASE, an OURS named "merge N" and THEIRS into the
 * file given, for N = 1, 2, … forever, printing "merging N" just before each merge, until killed.
 */
public final class MergeLoop {

    private MergeLoop() {}

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path theirs = Path.of(args[1]);
        Path target = Path.of(args[2]);
        Path ours = target.resolveSibling("ours.json");
        DatasetCodec codec = new DatasetCodec();
        Dataset b = codec.read(Files.readString(base));
        StringWriter sink = new StringWriter();
        for (int n = 1; ; n++) {
            Files.writeString(ours, codec.write(b.withName("merge " + n)));
            System.out.println("merging " + n);
            System.out.flush();
            int exit = Main.run(new String[] {"merge", base.toString(), ours.toString(), theirs.toString(), "--out",
                target.toString()}, new PrintWriter(sink), new PrintWriter(System.err, true));
            if (exit != Main.OK) {
                throw new IllegalStateException("merge " + n + " exited " + exit);
            }
            sink.getBuffer().setLength(0);
        }
    }
}
