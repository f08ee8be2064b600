package dev.evdash.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in the Java preferences store of the user (registry, plist or ~/.java, by OS). */
final class PreferencesSettings implements Settings {

    private static final System.Logger LOG = System.getLogger("dev.evdash");

    private final Preferences node;

    PreferencesSettings(Preferences node) {
        this.node = node;
    }

    static PreferencesSettings forUser() {
        return new PreferencesSettings(Preferences.userRoot().node("dev/evdash"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "settings not saved: " + e.getMessage());
        }
    }
}
