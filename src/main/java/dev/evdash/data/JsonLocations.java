package dev.evdash.data;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Maps JSON pointers to the line and column where that value (or its property name) starts in the text,
 * so that problems found on the parsed tree can name a position in the file.
 */
final class JsonLocations {

    /** A 1-based text position. */
    record Position(int line, int column) {}

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> positions;

    private JsonLocations(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Indexes every value of {@code text}, which is known to be well-formed JSON. */
    static JsonLocations index(JsonFactory factory, String text) {
        Map<String, Position> map = new HashMap<>();
        try (JsonParser p = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // For a property name this is the property's pointer, so a value is located at its key.
                String pointer = p.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation loc = p.currentTokenLocation();
                map.putIfAbsent(pointer, new Position(loc.getLineNr(), loc.getColumnNr()));
            }
        } catch (JacksonException e) {
            // The text parsed once already; a second failure leaves the positions found so far.
        }
        return new JsonLocations(map);
    }

    static JsonLocations none() {
        return new JsonLocations(Map.of());
    }

    /** The position of {@code pointer}, or of its nearest ancestor that has one, or the document start. */
    Position locate(String pointer) {
        String p = pointer;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return START;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
