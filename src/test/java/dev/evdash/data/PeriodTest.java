package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesAndPrintsEveryGranularity() {
        for (String text : List.of("2024", "2024-H1", "2024-Q3", "2024-07")) {
            assertThat(Period.parse(text).toString()).isEqualTo(text);
        }
        assertThat(Period.parse("2024").isYear()).isTrue();
        assertThat(Period.parse("2024-Q3").isYear()).isFalse();
    }

    @Test
    void ordersByStartThenLength() {
        List<Period> sorted = Stream.of("2025-Q1", "2024-07", "2024", "2024-H2", "2024-Q3", "2024-H1")
                .map(Period::parse).sorted().toList();
        assertThat(sorted).extracting(Period::toString)
                .containsExactly("2024", "2024-H1", "2024-H2", "2024-Q3", "2024-07", "2025-Q1");
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        for (String bad : List.of("24", "2024-Q5", "2024-13", "2024-H3", "FY2024", "")) {
            assertThatThrownBy(() -> Period.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void userDataFileFollowsEachSystemsConvention() {
        assertThat(UserDataLocation.defaultFile("Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/share/evdash/dataset.json"));
        assertThat(UserDataLocation.defaultFile("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/evdash/dataset.json"));
        assertThat(UserDataLocation.defaultFile("Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/EVDash/dataset.json"));
        assertThat(UserDataLocation.defaultFile("Windows 11", "C:\\Users\\ana", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/EVDash/dataset.json"));
    }
}
