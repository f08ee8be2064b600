package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.ChildJvm;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.ReadResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge killed with SIGKILL while it writes its result: the file is the old result or the new one, whole. */
class MergeKillTest {

    @TempDir
    Path dir;

    @Test
    void aMergeKilledAtAnyPointLeavesTheOldOrTheNewResultWhole() throws Exception {
        DatasetCodec codec = new DatasetCodec();
        DatasetReader reader = new DatasetReader();
        Dataset bundled = reader.readBundled().dataset().orElseThrow();
        Path base = Files.writeString(dir.resolve("base.json"), codec.write(bundled));
        Dataset theirs = bundled.withPartnerships(bundled.partnerships().subList(1, bundled.partnerships().size()));
        Path theirsFile = Files.writeString(dir.resolve("theirs.json"), codec.write(theirs));
        Path target = dir.resolve("merged.json");
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            Files.writeString(target, codec.write(bundled.withName("merge 0")));
            Process child = new ProcessBuilder(ChildJvm.command(MergeLoop.class, base.toString(),
                    theirsFile.toString(), target.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int killAfter = 2 + random.nextInt(4);
            String last = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    last = line;
                    if (line.equals("merging " + killAfter) && child.isAlive()) {
                        LockSupport.parkNanos(random.nextInt(80) * 1_000_000L); // reading, merging, writing, moving
                        child.toHandle().destroyForcibly();
                    }
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last).startsWith("merging ");
            int killAt = Integer.parseInt(last.substring("merging ".length()));
            ReadResult r = reader.read(target);
            assertThat(r.problems()).as("the result after a kill in merge " + killAt).isEmpty();
            Dataset now = r.dataset().orElseThrow();
            assertThat(now.name()).isIn("merge " + (killAt - 1), "merge " + killAt);
            if (!now.name().equals("merge 0")) {
                assertThat(now.partnerships()).as("theirs' deletion is in every merged result")
                        .hasSize(theirs.partnerships().size());
            }
        }
    }
}
