package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, errors and exit codes. */
class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validatePrintsOkForAValidFile() throws IOException {
        Path f = Files.writeString(dir.resolve("ok.json"), Fixtures.SMALL);
        assertThat(run("validate", f.toString())).isZero();
        assertThat(out.toString()).isEqualTo(f + ": ok: 2 series, 1 partnerships, 2 sources\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateReportsSchemaProblemsWithPositionAndExitsOne() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.json"), Fixtures.smallWith("\"value\": 9500000", "\"value\": -1")
                .replace("[\"bmw\", \"momenta\"]", "[\"bmw\", \"nobody\"]"));
        assertThat(run("validate", f.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                f + ":35:29: must have a minimum value of 0 (/series/0/points/0/value)");
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.json"), Fixtures.SMALL);
        Path missing = dir.resolve("missing.json");
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0, (byte) 0xFF, 0x10});
        assertThat(run("validate", missing.toString(), binary.toString(), dir.toString(), good.toString()))
                .isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                missing + ": no such file",
                binary + ":1:2: not UTF-8 text (byte 0xFF); a dataset is a JSON file saved as UTF-8",
                dir + ": is a directory, not a dataset file",
                good + ": ok: 2 series, 1 partnerships, 2 sources",
                "4 files: 1 valid, 3 invalid");
    }

    @Test
    void validatesHundredsOfFilesInOneRun() throws IOException {
        String[] args = new String[201];
        args[0] = "validate";
        for (int i = 1; i <= 200; i++) {
            args[i] = Files.writeString(dir.resolve("d" + i + ".json"), Fixtures.SMALL).toString();
        }
        assertThat(run(args)).isZero();
        assertThat(out.toString()).endsWith("200 files: 200 valid, 0 invalid\n");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).startsWith("evdash: Unmatched argument at index 0: 'frobnicate'");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionIsAUsageError() {
        assertThat(run("validate", "--frob", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frob'").contains("evdash validate --help");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void helpAndVersionWorkForEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: evdash").contains("validate");
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: evdash validate");
        assertThat(run("--version")).isZero();
        assertThat(run("validate", "--version")).isZero();
        assertThat(out.toString()).contains("EVDash " + BuildInfo.version());
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void mergeHelpShowsTheGitDriverLineAsTypedAndEveryCommandTakesDebug() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("merge", "--help")).isZero();
        } finally {
            System.setErr(stderr);
        }
        assertThat(out.toString()).contains("git config merge.evdash.driver 'evdash merge %O %A %B'")
                .contains("--debug");
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        for (String command : new String[] {"validate", "export", "import", "bench"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("--debug");
        }
    }
}
