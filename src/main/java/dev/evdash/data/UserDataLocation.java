package dev.evdash.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The conventional places of the user's own files on each operating system: the data file, the cache. */
public final class UserDataLocation {

    public static final String FILE_NAME = "dataset.json";

    /** A kind of per-user files, and where each operating system keeps it. */
    enum Kind {
        /** What the user would miss: {@code %APPDATA%}, Application Support, {@code $XDG_DATA_HOME}. */
        DATA("APPDATA", "Roaming", null, "Application Support", "XDG_DATA_HOME", Path.of(".local", "share")),
        /** What can be made again: {@code %LOCALAPPDATA%}, Caches, {@code $XDG_CACHE_HOME}. */
        CACHE("LOCALAPPDATA", "Local", "cache", "Caches", "XDG_CACHE_HOME", Path.of(".cache"));

        private final String windowsVariable;
        private final String windowsFolder;
        private final String windowsSubfolder;
        private final String macFolder;
        private final String xdgVariable;
        private final Path xdgDefault;

        Kind(String windowsVariable, String windowsFolder, String windowsSubfolder, String macFolder,
                String xdgVariable, Path xdgDefault) {
            this.windowsVariable = windowsVariable;
            this.windowsFolder = windowsFolder;
            this.windowsSubfolder = windowsSubfolder;
            this.macFolder = macFolder;
            this.xdgVariable = xdgVariable;
            this.xdgDefault = xdgDefault;
        }
    }

    private UserDataLocation() {}

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/evdash/dataset.json}, by default
     * {@code ~/.local/share/evdash/dataset.json}; macOS: {@code ~/Library/Application Support/EVDash/};
     * Windows: {@code %APPDATA%\EVDash\}.
     */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path defaultFile(String osName, String home, Map<String, String> env) {
        return folder(Kind.DATA, osName, home, env).resolve(FILE_NAME);
    }

    /**
     * The folder of {@code kind} for EVDash: on Windows in the folder the variable names (else its usual
     * place under the home folder), on macOS under {@code ~/Library}, elsewhere where the XDG variable
     * says if it is an absolute path, as the XDG specification asks, else its default.
     */
    static Path folder(Kind kind, String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String set = env.get(kind.windowsVariable);
            Path base = set != null && !set.isBlank() ? Path.of(set) : Path.of(home, "AppData", kind.windowsFolder);
            Path app = base.resolve("EVDash");
            return kind.windowsSubfolder == null ? app : app.resolve(kind.windowsSubfolder);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", kind.macFolder, "EVDash");
        }
        String xdg = env.get(kind.xdgVariable);
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home).resolve(kind.xdgDefault);
        return base.resolve("evdash");
    }
}
