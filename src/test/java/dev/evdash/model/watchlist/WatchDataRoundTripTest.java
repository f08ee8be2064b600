package dev.evdash.model.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Qualifier;
import dev.evdash.data.WatchMetric;
import dev.evdash.export.CsvTable;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.edit.PointForm;
import dev.evdash.view.ViewReport;
import dev.evdash.view.watchlist.WatchlistReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A worded watchlist value, from the bundled file through an edit, a save and a reload to the CSV. */
class WatchDataRoundTripTest {

    private static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    private static WatchMetric metric(Dataset d, String id) {
        return d.watchlist().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aQualifiedValueKeepsItsQualifierThroughLoadEditSaveAndCsv() throws Exception {
        // BMWBLOG, 2024-10-14: "more than 9 million" BMW cars able to receive Remote Software Upgrades
        WatchMetric rsu = metric(BUNDLED, "bmw-rsu-capable-vehicles");
        int index = -1;
        for (int i = 0; i < rsu.points().size(); i++) {
            if (rsu.points().get(i).period().equals(Period.parse("2024-10"))) {
                index = i;
            }
        }
        Point loaded = rsu.points().get(index);
        assertThat(loaded.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(loaded.value()).isEqualTo(9_000_000);

        PointForm form = PointForm.of(BUNDLED, rsu, index);
        assertThat(form.field("qualifier").getText()).isEqualTo("more_than");
        form.field("note").setText("Checked again against BMWBLOG.");
        assertThat(form.errors()).isEmpty();
        Dataset edited = form.edit().apply(BUNDLED);

        String saved = new DatasetCodec().write(edited);
        Dataset reloaded = new DatasetReader().read("saved.json", saved.getBytes(StandardCharsets.UTF_8)).dataset()
                .orElseThrow();
        Point again = metric(reloaded, "bmw-rsu-capable-vehicles").points().stream()
                .filter(p -> p.period().equals(Period.parse("2024-10"))).findFirst().orElseThrow();
        assertThat(again.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(again.note()).isEqualTo("Checked again against BMWBLOG.");

        WatchlistModel model = new WatchlistModel(new SimpleObjectProperty<>(reloaded));
        ViewReport report = WatchlistReport.of(model, reloaded);
        String csv = new CsvTable(report.header(), report.rows()).text();
        assertThat(csv.lines().filter(l -> l.startsWith("bmw-rsu-capable-vehicles,") && l.contains(",2024-10,")).toList())
                .singleElement().asString().contains(",9000000,more than,vehicles,")
                .contains("Checked again against BMWBLOG.");
        assertThat(List.of(WatchFigures.words(again, "vehicles"))).containsExactly("more than 9,000,000 vehicles");
    }
}
