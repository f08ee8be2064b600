package dev.evdash.data;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The command that runs a class's {@code main} in a JVM of its own: the tests' JVM, class and module path. */
public final class ChildJvm {

    private ChildJvm() {}

    /** {@code java -cp PATH main args...}; the class path holds the tests' module and class paths and {@code main}'s. */
    public static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(main), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static String classPath(Class<?> main) {
        try {
            return String.join(File.pathSeparator, Stream.of(System.getProperty("jdk.module.path", ""),
                            System.getProperty("java.class.path", ""),
                            Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString())
                    .filter(s -> !s.isBlank()).toList());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
