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
    void runsOfMonthsAndDaysAreFirstClass() {
        Period ytd = Period.parse("2022-01/2022-08");
        assertThat(ytd.toString()).isEqualTo("2022-01/2022-08");
        assertThat(ytd.label()).isEqualTo("Jan–Aug 2022");
        assertThat(ytd.months()).isEqualTo(8);
        Period twelve = Period.parse("2022-04/2023-03");
        assertThat(twelve.toString()).isEqualTo("2022-04/2023-03");
        assertThat(twelve.label()).isEqualTo("Apr 2022–Mar 2023");
        assertThat(twelve.months()).isEqualTo(12);
        Period day = Period.parse("2025-12-27");
        assertThat(day.toString()).isEqualTo("2025-12-27");
        assertThat(day.label()).isEqualTo("27 Dec 2025");
        assertThat(day.within(Period.parse("2025-12"))).isTrue();
        assertThat(Period.parse("2024-07").label()).isEqualTo("Jul 2024");
        assertThat(Period.parse("2024-07").within(Period.parse("2024"))).isTrue();
        assertThat(Period.parse("2024-07").within(Period.parse("2024-H1"))).isFalse();
        List<Period> sorted = Stream.of("2022-03", "2022-01/2022-08", "2022", "2022-Q1", "2022-01", "2022-01-15")
                .map(Period::parse).sorted().toList();
        assertThat(sorted).extracting(Period::toString)
                .containsExactly("2022", "2022-01/2022-08", "2022-Q1", "2022-01", "2022-01-15", "2022-03");
        for (String bad : List.of("2022-08/2022-01", "2022-03/2022-03", "2022-01/2024-06", "2025-02-30", "2025-13-01")) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
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
