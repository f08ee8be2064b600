package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Edits;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.WatchMetric;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WatchlistModelTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    @Test
    void theArticlesThreeMetricsShipWithoutInventedValues() {
        List<WatchRow> rows = WatchlistModel.rows(BUNDLED);
        assertThat(rows).extracting(r -> r.metric().name())
                .containsExactly("Neue Klasse sales penetration", "OTA update frequency", "AI feature adoption rate");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.company()).isEqualTo("BMW Group");
            assertThat(r.latest()).isEqualTo("no data yet");
            assertThat(r.trend()).isEmpty();
            assertThat(r.hasData()).isFalse();
        });
        WatchlistModel model = new WatchlistModel(new SimpleObjectProperty<>(BUNDLED));
        assertThat(model.selectedProperty().get()).isEqualTo("bmw-neue-klasse-sales-penetration");
        assertThat(model.chartProperty().get().isEmpty()).isTrue();
    }

    @Test
    void aViewListeningToTheRowsHearsOfNewDataAfterAGarbageCollection() {
        SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>(BUNDLED);
        WatchlistModel model = new WatchlistModel(data);
        int[] changes = {0};
        model.rows().addListener((javafx.collections.ListChangeListener<WatchRow>) c -> changes[0]++);
        for (int i = 0; i < 3; i++) {
            System.gc(); // a read-only view made per call would be collected, and its listeners with it
        }
        data.set(Edits.putWatchPoint(BUNDLED, "bmw-ota-update-frequency", -1,
                new Point(Period.parse("2025"), 4, null, BUNDLED.sources().get(0).id(), null, null)));
        assertThat(changes[0]).isEqualTo(1);
        assertThat(model.rows()).isSameAs(model.rows());
    }

    @Test
    void valuesShowTheLatestTheChangeAndTheGapToTheTarget() {
        String id = "bmw-ota-update-frequency";
        String src = BUNDLED.sources().get(0).id();
        String other = BUNDLED.sources().get(1).id();
        Dataset d = Edits.putWatchPoint(BUNDLED, id, -1, new Point(Period.parse("2025"), 4, null, src, null, null));
        d = Edits.putWatchPoint(d, id, -1, new Point(Period.parse("2024"), 3, null, src, null, null));
        d = Edits.putWatchPoint(d, id, -1, new Point(Period.parse("2025"), 5, null, other, null, null));
        WatchMetric w = d.watchlist().get(1);
        d = Edits.putWatchMetric(d, id, new WatchMetric(w.id(), w.name(), w.company(), w.unit(), w.description(),
                new WatchMetric.Target(12, Period.parse("2027"), src), List.of()));
        WatchRow row = WatchlistModel.rows(d).get(1);
        assertThat(row.trend()).hasSize(2);
        assertThat(row.period()).isEqualTo("2025");
        assertThat(row.latest()).isIn("4 updates per year", "5 updates per year");
        assertThat(row.change()).endsWith("updates per year on 2024");
        assertThat(row.direction()).isEqualTo(1);
        assertThat(row.target()).isEqualTo("Target 12 updates per year by 2027");
        assertThat(row.gap()).matches("[78] updates per year to go");

        WatchlistModel model = new WatchlistModel(new SimpleObjectProperty<>(d));
        model.selectedProperty().set(id);
        var chart = model.chartProperty().get();
        assertThat(chart.categories()).containsExactly("2024", "2025");
        assertThat(chart.bars().get(1).segments().get(0).conflict()).as("two sources disagree on 2025").isTrue();
        assertThat(chart.bars().get(1).segments().get(0).tooltip()).contains("Also: ");
    }
}
