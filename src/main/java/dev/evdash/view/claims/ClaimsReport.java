package dev.evdash.view.claims;

import dev.evdash.data.Source;
import dev.evdash.model.ClaimCheck;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.Formats;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Claims view in a report: each claim against the record, with both sides' sources in the CSV. */
public final class ClaimsReport {

    private ClaimsReport() {}

    public static ViewReport of(ClaimsModel model) {
        List<ClaimCheck> checks = List.copyOf(model.rows());
        Set<Source> sources = new LinkedHashSet<>();
        checks.forEach(c -> {
            sources.add(c.claimSource());
            sources.addAll(c.recordSources());
        });
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimCheck c : checks) {
            rows.add(List.of(name(c), c.claim().period().toString(), c.claimText(), c.record(), c.difference(),
                    ReportParts.round(c.differencePercent()), c.verdict().words(), c.claimSource().citation(),
                    c.recordSources().stream().map(Source::citation).collect(Collectors.joining("; "))));
        }
        return new ViewReport("Claims against the record", model.summaryProperty().get(), List.copyOf(sources),
                () -> ReportParts.grid(List.of("Figure", "Claimed", "Record", "Difference", "Diff. %", "Verdict"),
                        checks.stream().map(c -> List.of(name(c) + ", " + c.claim().period(), c.claimText(),
                                c.recordText(), c.differenceText(), Formats.signedPercent(c.differencePercent()),
                                c.verdict().words())).toList(), 0),
                List.of("figure", "period", "claimed", "record", "difference", "difference_percent",
                        "verdict", "claim_source", "record_source"), rows);
    }

    private static String name(ClaimCheck c) {
        return c.series().name() == null ? c.series().id() : c.series().name();
    }
}
