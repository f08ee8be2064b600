package dev.evdash.view.market;

import dev.evdash.data.Source;
import dev.evdash.model.ChinaShareModel;
import dev.evdash.model.ChinaShareRow;
import dev.evdash.model.Formats;
import dev.evdash.model.chart.BarData;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

/** The China share view in a report: its chart as filtered, every region's figure in the CSV. */
public final class ChinaShareReport {

    private ChinaShareReport() {}

    public static ViewReport of(ChinaShareModel model) {
        BarData data = model.chartProperty().get();
        boolean share = model.modeProperty().get() == ChinaShareModel.Mode.SHARE_OF_WORLD;
        Set<Source> sources = new LinkedHashSet<>();
        model.rows().forEach(r -> sources.addAll(r.sources()));
        List<List<Object>> rows = new ArrayList<>();
        for (ChinaShareRow r : model.rows()) {
            String cited = String.join("; ", r.sources().stream().map(Source::citation).toList());
            rows.add(List.of(r.year(), "World", r.worldSales(), "vehicles", cited));
            rows.add(List.of(r.year(), "China", r.chinaSales(), "vehicles", cited));
            r.europe().ifPresent(e -> rows.add(List.of(r.year(), "Europe", e.value(), "vehicles", cited)));
            r.usa().ifPresent(u -> rows.add(List.of(r.year(), "United States", u.value(), "vehicles", cited)));
            rows.add(List.of(r.year(), "Rest of world", r.otherSales(), "vehicles", "computed: world minus the regions"));
            rows.add(List.of(r.year(), "China's share of world", ReportParts.round(r.chinaSharePercent()), "%",
                    "computed: China / World"));
        }
        DoubleFunction<String> ticks = share ? v -> Formats.count(v) + " %" : Formats::compact;
        return new ViewReport("China's share of world electric car sales", model.subtitleProperty().get(),
                List.copyOf(sources), () -> ReportParts.chart(data, ticks, false),
                List.of("period", "series", "value", "unit", "source"), rows);
    }
}
