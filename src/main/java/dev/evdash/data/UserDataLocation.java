package dev.evdash.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The conventional place of the user's own data file on each operating system. */
public final class UserDataLocation {

    public static final String FILE_NAME = "dataset.json";

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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("EVDash").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "EVDash", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("evdash").resolve(FILE_NAME);
    }
}
