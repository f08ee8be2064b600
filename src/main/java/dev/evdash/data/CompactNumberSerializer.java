package dev.evdash.data;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes whole numbers without a fraction ({@code 426594}, not {@code 426594.0}), others as they are. */
final class CompactNumberSerializer extends StdSerializer<Double> {

    CompactNumberSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            gen.writeNumber((long) v);
        } else {
            gen.writeNumber(v);
        }
    }
}
