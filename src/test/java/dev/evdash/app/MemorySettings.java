package dev.evdash.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings kept in memory, so that tests never touch the user's preferences. */
public final class MemorySettings implements Settings {

    private final Map<String, String> values = new HashMap<>();
    private int flushes;

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void flush() {
        flushes++;
    }

    public int flushes() {
        return flushes;
    }
}
