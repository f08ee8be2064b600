package dev.evdash.app;

import java.util.Optional;

/** Small user settings that outlive a run (window geometry, theme, last view). */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    /** Writes pending changes to their store. */
    void flush();

    default Optional<Double> getDouble(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
