package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset's records made through an exact method handle bind what Jackson's own way binds, and a
 * record that refuses its values is refused with Jackson's own message.
 */
class DirectRecordCreatorsTest {

    /** A record of this module that says how it was made, and refuses a negative count. */
    record Probe(String name, int count, List<Double> values) {
        static volatile boolean madeDirectly;

        Probe {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
            madeDirectly = StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> f.getClassName().endsWith("DirectRecordCreators$Direct")));
        }
    }

    private static final JsonMapper DIRECT = JsonMapper.builder().addModule(new DirectRecordCreators()).build();
    private static final JsonMapper JACKSONS = JsonMapper.builder().build();

    @Test
    void aRecordIsMadeDirectlyWithTheValuesJacksonGivesIt() {
        String json = "{\"values\": [1.5, 2], \"name\": \"x\"}";
        Probe direct = DIRECT.readValue(json, Probe.class);
        assertThat(Probe.madeDirectly).isTrue();
        Probe jacksons = JACKSONS.readValue(json, Probe.class);
        assertThat(Probe.madeDirectly).isFalse();
        assertThat(direct).isEqualTo(jacksons).isEqualTo(new Probe("x", 0, List.of(1.5, 2.0)));
    }

    @Test
    void aRecordThatRefusesItsValuesIsRefusedAsJacksonWouldSayIt() {
        String json = "{\"name\": \"x\", \"count\": -3}";
        Throwable direct = catchThrowable(() -> DIRECT.readValue(json, Probe.class));
        Throwable jacksons = catchThrowable(() -> JACKSONS.readValue(json, Probe.class));
        assertThat(direct).isNotNull().hasSameClassAs(jacksons).hasMessage(jacksons.getMessage())
                .hasMessageContaining("count must not be negative: -3");
    }

    @Test
    void theBundledDatasetBindsToTheSameRecords() throws Exception {
        byte[] bytes;
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        assertThat(DIRECT.readValue(bytes, Dataset.class)).isEqualTo(JACKSONS.readValue(bytes, Dataset.class));
    }
}
