package dev.evdash.view.deliveries;

import dev.evdash.data.Source;
import dev.evdash.model.DeliveriesModel;
import dev.evdash.model.Formats;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The Deliveries view in a report: the chart as filtered, and exactly the plotted segments as CSV. */
public final class DeliveriesReport {

    private DeliveriesReport() {}

    public static ViewReport of(DeliveriesModel model) {
        BarData data = model.chartProperty().get();
        Set<Source> sources = new LinkedHashSet<>();
        model.rows().forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> rows = new ArrayList<>();
        for (BarData.Bar bar : data.bars()) {
            for (BarData.Segment s : bar.segments()) {
                rows.add(List.of(data.categories().get(bar.category()), data.groups().get(bar.group()),
                        data.stacks().get(s.stack()), s.value(), data.unit(), s.source(),
                        s.conflict() ? "sources disagree" : ""));
            }
        }
        String ratio = model.ratioProperty().get();
        boolean log = model.logScaleProperty().get();
        return new ViewReport("Electric car deliveries by automaker",
                model.subtitleProperty().get() + (ratio.isEmpty() ? "" : ". " + ratio),
                List.copyOf(sources), () -> ReportParts.chart(data, Formats::compact, log),
                List.of("period", "automaker", "series", "value", "unit", "source", "note"), rows);
    }
}
