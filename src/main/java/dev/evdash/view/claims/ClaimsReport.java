package dev.evdash.view.claims;

import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.model.ClaimsModel;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.claims.ClaimRows;
import dev.evdash.view.ViewReport;
import dev.evdash.view.controls.ReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Claims view in a report: the article's claims the verdict filter shows, each with its verdict; the
 * CSV adds the record, both scopes, the reasoning, the sources with their addresses and the partnerships.
 */
public final class ClaimsReport {

    private ClaimsReport() {}

    public static ViewReport of(ClaimsModel model) {
        List<ClaimRow> claims = List.copyOf(model.claims());
        Set<Source> sources = new LinkedHashSet<>();
        claims.forEach(c -> sources.addAll(c.sources()));
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimRow c : claims) {
            rows.add(List.of(c.number(), c.claim().claim(), c.claim().topic() == null ? "" : c.claim().topic().label(),
                    c.verdictWords(), c.computed() ? "computed from the data" : "as recorded", c.record(),
                    c.claimScope(), c.recordScope(), c.reasoning() == null ? "" : c.reasoning(),
                    c.sources().stream().map(Source::citation).collect(Collectors.joining("; ")),
                    c.sources().stream().map(s -> s.url() == null ? "" : s.url()).collect(Collectors.joining(" ")),
                    c.partnerships().stream().map(Partnership::id).collect(Collectors.joining(" "))));
        }
        String filter = ClaimRows.ALL.equals(model.verdictProperty().get()) ? ""
                : " Shown: " + ClaimRows.label(model.verdictProperty().get()) + ".";
        return new ViewReport("The article's claims against the record", model.summaryProperty().get() + filter,
                List.copyOf(sources),
                () -> ReportParts.grid(List.of("#", "Claim", "Verdict"),
                        claims.stream().map(c -> List.of(String.valueOf(c.number()), c.claim().claim(),
                                c.verdictWords())).toList(), 1),
                List.of("number", "claim", "about", "verdict", "verdict_basis", "record", "claim_scope",
                        "record_scope", "reasoning", "sources", "source_urls", "partnerships"), rows);
    }
}
