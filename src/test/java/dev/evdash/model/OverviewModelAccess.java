package dev.evdash.model;

import dev.evdash.data.Dataset;
import java.util.List;

/** The Overview's figures, for tests in other packages. */
public final class OverviewModelAccess {

    private OverviewModelAccess() {}

    public static List<Kpi> kpis(Dataset d) {
        return OverviewFigures.kpis(d);
    }
}
