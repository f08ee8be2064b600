package dev.evdash.view.sources;

import dev.evdash.model.SourceRow;
import dev.evdash.model.SourcesModel;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Sources view in a report: the sources behind the most figures, all of them in the CSV. */
public final class SourcesReport {

    private SourcesReport() {}

    public static ViewReport of(SourcesModel model) {
        List<SourceRow> all = List.copyOf(model.rows());
        List<SourceRow> top = all.stream().sorted(Comparator.comparingInt(SourceRow::figures).reversed()
                .thenComparing(SourceRow::title)).limit(ReportParts.TABLE_ROWS).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (SourceRow r : all) {
            rows.add(List.of(r.source().id(), r.title(), r.publisher(), r.published(), r.kind(), r.url(), r.figures(),
                    r.partnerships(), r.conflicts()));
        }
        return new ViewReport("Sources", all.size() + " sources; the " + top.size()
                + " behind the most figures are shown; the CSV lists all", List.of(),
                () -> ReportParts.grid(List.of("Title", "Publisher", "Published", "Figures", "Conflicts"),
                        top.stream().map(r -> List.of(r.title(), r.publisher(), r.published(),
                                Integer.toString(r.figures()), Integer.toString(r.conflicts()))).toList(), 0),
                List.of("id", "title", "publisher", "published", "kind", "url", "figures", "partnerships",
                        "conflicts"), rows);
    }
}
