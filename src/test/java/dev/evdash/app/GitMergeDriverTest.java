package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.ChildJvm;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Fixtures;
import dev.evdash.data.MergeConflict;
import dev.evdash.data.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evdash merge} as git's merge driver, with real {@code git} in a temporary repository: the
 * driver is this build's Main in a JVM of its own, set up with the two lines the README gives.
 */
class GitMergeDriverTest {

    @TempDir
    Path repo;

    private static final String BEV_2024 = Fixtures.SMALL_BEV_2024;
    private static final String MOMENTA = Fixtures.SMALL_MOMENTA;

    private record Git(int exit, String output) {}

    private Git git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=EVDash test", "-c",
                "user.email=test@evdash.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Git(p.exitValue(), out);
    }

    /** The command line that runs this build's Main: the JVM running the tests, its class and module path. */
    private static String evdash() {
        return "'" + ChildJvm.java() + "' -cp '" + ChildJvm.classPath(Main.class) + "' " + Main.class.getName();
    }

    @BeforeEach
    void repository() throws Exception {
        assertThat(git("init", "-q").exit()).isZero();
        Files.writeString(repo.resolve("dataset.json"), Fixtures.SMALL);
        // the two lines of the README
        Files.writeString(repo.resolve(".gitattributes"), "*.json merge=evdash\n");
        assertThat(git("config", "merge.evdash.driver", evdash() + " merge %O %A %B").exit()).isZero();
        assertThat(git("add", ".").exit()).isZero();
        assertThat(git("commit", "-q", "-m", "dataset").exit()).isZero();
    }

    private void commitOnBranch(String branch, String from, String to) throws Exception {
        assertThat(git("checkout", "-q", "-b", branch, "main").exit()).isZero();
        String text = Files.readString(repo.resolve("dataset.json"));
        assertThat(text).contains(from);
        Files.writeString(repo.resolve("dataset.json"), text.replace(from, to));
        assertThat(git("commit", "-q", "-am", branch).exit()).isZero();
    }

    private Dataset merged() {
        ReadResult r = new DatasetReader().read(repo.resolve("dataset.json"));
        assertThat(r.problems()).isEmpty();
        return r.dataset().orElseThrow();
    }

    @Test
    void twoBranchesEditingDifferentRecordsMergeCleanly() throws Exception {
        commitOnBranch("figures", BEV_2024, BEV_2024.replace("11000000", "11200000"));
        commitOnBranch("alliances", MOMENTA, MOMENTA + ",\n { \"id\": \"alibaba\", \"name\": \"Alibaba\", \"kind\": \"tech\", \"country\": \"China\" }");
        Git merge = git("merge", "--no-edit", "figures");
        assertThat(merge.exit()).as(merge.output()).isZero();
        String text = Files.readString(repo.resolve("dataset.json"));
        assertThat(text).doesNotContain("<<<<<<<").doesNotContain(">>>>>>>");
        Dataset d = merged();
        assertThat(d.mergeConflicts()).isEmpty();
        assertThat(d.companies()).extracting(c -> c.id()).contains("alibaba");
        assertThat(d.series().get(0).points().get(1).value()).isEqualTo(11_200_000);
    }

    @Test
    void twoBranchesEditingTheSameFieldRecordAConflictThatValidateAndTheLoaderShow() throws Exception {
        commitOnBranch("ours", BEV_2024, BEV_2024.replace("11000000", "11200000"));
        commitOnBranch("theirs", BEV_2024, BEV_2024.replace("11000000", "10900000"));
        assertThat(git("checkout", "-q", "ours").exit()).isZero();
        Git merge = git("merge", "--no-edit", "theirs");
        assertThat(merge.exit()).as("git stops at the conflict: " + merge.output()).isNotZero();
        assertThat(merge.output()).contains("CONFLICT");
        String text = Files.readString(repo.resolve("dataset.json"));
        assertThat(text).doesNotContain("<<<<<<<");
        Dataset d = merged();
        assertThat(d.series().get(0).points().get(1).value()).as("ours is kept").isEqualTo(11_200_000);
        assertThat(d.mergeConflicts()).extracting(MergeConflict::pointer).containsExactly("/series/0/points/1/value");
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"validate", repo.resolve("dataset.json").toString()}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(exit).isEqualTo(Main.FAILED);
        assertThat(out.toString()).contains("unresolved merge conflict").contains("(/series/0/points/1/value)");
    }

    @Test
    void aUsageErrorExitsTwoAndARefusedOursIsLeftAsItWas() throws Exception {
        StringWriter err = new StringWriter();
        int usage = Main.run(new String[] {"merge", "only-two.json", "files.json"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(usage).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("THEIRS");
        Path dataset = repo.resolve("dataset.json");
        Path broken = Files.writeString(repo.resolve("broken.json"), "{ \"schemaVersion\": 1, \"name\": ");
        byte[] before = Files.readAllBytes(broken);
        StringWriter refused = new StringWriter();
        int exit = Main.run(new String[] {"merge", dataset.toString(), broken.toString(), dataset.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(refused, true));
        assertThat(exit).isEqualTo(Main.FAILED);
        assertThat(refused.toString()).contains(broken + ":1:").contains("refused");
        assertThat(Files.readAllBytes(broken)).as("OURS untouched").isEqualTo(before);
    }
}
