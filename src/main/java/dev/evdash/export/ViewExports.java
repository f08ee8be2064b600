package dev.evdash.export;

import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewReport;
import dev.evdash.view.ViewSpec;
import java.util.List;

/** Each view's {@link ViewExport}, from the report its declaration makes with the filters the analyst set. */
public final class ViewExports {

    private ViewExports() {}

    /** The views that can be exported, in the order of the sidebar. */
    public static List<ViewId> exportable() {
        return ViewCatalog.exportable().stream().map(ViewSpec::id).toList();
    }

    public static ViewExport of(ViewId view, ExportModels m) {
        ViewReport r = ViewCatalog.spec(view).report(m.models());
        return new ViewExport(view, r.title(), r.subtitle(), r.sources(), r.content(), new CsvTable(r.header(), r.rows()));
    }
}
