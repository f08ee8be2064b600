package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSuitesTest {

    @TempDir
    Path bin;

    private Path executable(String name) throws IOException {
        Path file = Files.writeString(bin.resolve(name), "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    @Test
    void commandsRunWithTheImagesCommandLauncherBesideTheWindowsOne() throws IOException {
        Path window = executable("EVDash");
        Path cli = executable(ProcessSuites.COMMAND_LAUNCHER);
        assertThat(ProcessSuites.commandLauncher(List.of(window.toString()))).containsExactly(cli.toString());
    }

    @Test
    void withoutACommandLauncherCommandsRunWithTheWindowsLauncher() throws IOException {
        List<String> window = List.of(executable("EVDash").toString());
        assertThat(ProcessSuites.commandLauncher(window)).isEqualTo(window);
        List<String> java = List.of("java", "-XX:+UseSerialGC", "-m", "dev.evdash/dev.evdash.app.Main");
        assertThat(ProcessSuites.commandLauncher(java)).as("a java command line, not an app image").isEqualTo(java);
    }

    @Test
    void theLoadFloorIsThisRuntimesJavaOnJacksonAloneWithDefaultFlags() throws Exception {
        List<String> cmd = ProcessSuites.jsonFloorCommand();
        assertThat(cmd.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(cmd).hasSize(4).element(1).isEqualTo("-cp");
        assertThat(cmd.get(3)).isEqualTo(JsonFloor.class.getName());
        String[] path = cmd.get(2).split(java.io.File.pathSeparator);
        assertThat(path).hasSize(4).allSatisfy(p -> assertThat(Path.of(p)).exists());
        assertThat(String.join(" ", path)).contains("jackson-core", "jackson-databind", "jackson-annotations");

        // and it reads a file: the floor a user could run by hand
        Path file = Files.writeString(bin.resolve("d.json"), "{\"a\": [1, 2], \"b\": {}}");
        List<String> run = new java.util.ArrayList<>(cmd);
        run.add(file.toString());
        Process p = new ProcessBuilder(run).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("floor: parsed 2 top-level fields");
    }
}
