package dev.evdash.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the build; also picocli's {@code --version} text. */
public final class BuildInfo implements CommandLine.IVersionProvider {

    public static String version() {
        return properties().getProperty("version", "unknown");
    }

    /** This build's own id (the time Maven built it): what a cache of this build's results is keyed by. */
    public static String build() {
        return properties().getProperty("build", "");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"EVDash " + version(), "Java " + Runtime.version() + ", JavaFX " + javafxVersion()};
    }

    private static String javafxVersion() {
        return ModuleLayer.boot().findModule("javafx.base")
                .flatMap(m -> m.getDescriptor().rawVersion())
                .or(() -> java.util.Optional.ofNullable(System.getProperty("javafx.version")))
                .orElse("(version unknown)");
    }
}
