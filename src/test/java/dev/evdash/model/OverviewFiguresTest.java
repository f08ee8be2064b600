package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The partial-period rule on the Overview's tiles, against counts worked out by hand from the bundled data. */
class OverviewFiguresTest {

    static final Dataset D = new DatasetReader().readBundled().dataset().orElseThrow();

    static Kpi tile(LocalDate today, String title) {
        return OverviewFigures.kpis(D, today).stream().filter(k -> k.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void partnershipsOfAYearNotOverAreComparedWithTheSameMonthsOfTheYearBefore() {
        Kpi k = tile(LocalDate.of(2026, 12, 6), "Partnerships announced");
        // 2026 in the data: 15 announcements, the latest dated 2026-06-24, so "2026 to June".
        // Dated January–June 2026: 2026-01-22, 2026-04-13, nine on 2026-04-24, 2026-04-25, 2026-06-24 = 13;
        // "2026" twice gives no month. Dated January–June 2025: five 2025-02, 2025-03, 2025-03-17,
        // 2025-03-26, 2025-04, four 2025-04-23 = 13; one "2025" gives no month. 13 against 13.
        assertThat(k.value()).isEqualTo("15");
        assertThat(k.period()).isEqualTo("2026 to June");
        assertThat(k.change()).isEqualTo("Jan–Jun: 13, as in 2025");
        assertThat(k.direction()).isZero();
        assertThat(k.provenance()).contains("13 of them are dated January–June 2026, against 13 dated January–June 2025")
                .contains("2 announced in 2026 and 1 in 2025").contains("2025 in full: 17");
        assertThat(k.change()).doesNotContain("-2");
    }

    @Test
    void partnershipsOfAYearThatIsOverAreComparedWithTheWholeYearBefore() {
        Kpi k = tile(LocalDate.of(2027, 1, 15), "Partnerships announced");
        // 15 in 2026 against 17 in 2025
        assertThat(k.period()).isEqualTo("2026");
        assertThat(k.change()).isEqualTo("-2 on 2025");
        assertThat(k.direction()).isEqualTo(-1);
    }

    @Test
    void aYearlyFigureOfAYearNotOverIsNotComparedWithAWholeYear() {
        // as if the data were read during 2025: its 2025 figures are for a year not over
        Kpi byd = tile(LocalDate.of(2025, 12, 6), "BYD EV deliveries");
        assertThat(byd.period()).isEqualTo("2025, year not over");
        assertThat(byd.change()).isEmpty();
        Kpi later = tile(LocalDate.of(2026, 12, 6), "BYD EV deliveries");
        assertThat(later.period()).isEqualTo("2025");
        assertThat(later.change()).isEqualTo("+6.9 % on 2024");
    }
}
