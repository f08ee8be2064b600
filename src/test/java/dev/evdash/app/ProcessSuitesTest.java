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
}
