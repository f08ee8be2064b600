package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Qualifier;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static Point exact(double v) {
        return new Point(Period.ofYear(2024), v, null, "a", null, null);
    }

    private static Point worded(Qualifier q, double v) {
        return new Point(Period.ofYear(2024), v, q, "b", null, null);
    }

    @Test
    void exactFiguresThatDifferDisagree() {
        assertThat(Conflicts.disagree(exact(426_594), exact(426_536))).isTrue();
        assertThat(Conflicts.disagree(exact(426_594), exact(426_594))).isFalse();
    }

    @Test
    void wordedFigureDisagreesOnlyWhenContradicted() {
        assertThat(Conflicts.disagree(exact(17_500_000), worded(Qualifier.MORE_THAN, 17_000_000))).isFalse();
        assertThat(Conflicts.disagree(exact(16_000_000), worded(Qualifier.MORE_THAN, 17_000_000))).isTrue();
        assertThat(Conflicts.disagree(exact(13_700_000), worded(Qualifier.NEARLY, 14_000_000))).isFalse();
        assertThat(Conflicts.disagree(exact(14_100_000), worded(Qualifier.NEARLY, 14_000_000))).isTrue();
        assertThat(Conflicts.disagree(exact(2_970_000), worded(Qualifier.ABOUT, 3_000_000))).isFalse();
        assertThat(Conflicts.disagree(exact(64.6), worded(Qualifier.MORE_THAN, 50))).isFalse();
        assertThat(Conflicts.disagree(worded(Qualifier.ABOUT, 50), worded(Qualifier.MORE_THAN, 50))).isFalse();
    }

    @Test
    void twoWordingsDisagreeOnlyWhereNoValueCouldSatisfyBoth() {
        // "about a third" and "more than half" cannot both describe one share
        assertThat(Conflicts.disagree(worded(Qualifier.ABOUT, 33.3), worded(Qualifier.MORE_THAN, 50))).isTrue();
        assertThat(Conflicts.disagree(worded(Qualifier.MORE_THAN, 50), worded(Qualifier.MORE_THAN, 40))).isFalse();
        assertThat(Conflicts.disagree(worded(Qualifier.LESS_THAN, 40), worded(Qualifier.MORE_THAN, 50))).isTrue();
        assertThat(Conflicts.disagree(worded(Qualifier.NEARLY, 100), worded(Qualifier.ABOUT, 95))).isFalse();
    }

    @Test
    void bundledDataHasTheBmw2024Conflict() {
        Dataset d = new DatasetReader().readBundled().dataset().orElseThrow();
        assertThat(Conflicts.find(d)).anySatisfy(c -> {
            assertThat(c.series().id()).isEqualTo("deliveries-bmw-bev");
            assertThat(c.period()).isEqualTo(Period.ofYear(2024));
            assertThat(c.points()).extracting(Point::value).contains(183_000.0, 426_594.0);
        });
    }
}
