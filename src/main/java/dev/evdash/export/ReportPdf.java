package dev.evdash.export;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.Source;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.layout.Region;

/**
 * The whole report as one PDF: a cover with the dataset's name, date and SHA-256 and a table of contents
 * with links; a page per chosen view in sidebar order, each the view as it is on screen with its title,
 * subtitle and footer, the footer's sources numbered; and closing pages listing every source cited
 * (title, publisher, date, address as a link), numbered as the footers cite them. Bookmarks lead to every
 * part. Laid out and drawn on the FX thread page by page, written to a temporary file and moved into
 * place when whole: a cancelled or failed report leaves nothing.
 */
public final class ReportPdf {

    /** What to write; {@code author} may be blank. */
    public record Request(Path file, List<ViewId> views, ReportImage.Size size, Theme theme, LocalDate date,
            String author, String generator) {
        public Request {
            views = List.copyOf(views);
            if (views.isEmpty()) {
                throw new IllegalArgumentException("a report needs at least one view");
            }
        }
    }

    /** What was written: pages in all, and the sources listed at the end. */
    public record Written(Path file, int pages, int sources) {}

    private ReportPdf() {}

    public static Written write(Request r, ExportModels models, ReportPack.FxThread fx, ReportPack.Progress progress,
            BooleanSupplier cancelled) throws IOException {
        List<ViewExport> exports = new ArrayList<>();
        for (ViewId view : r.views()) {
            exports.add(ViewExports.of(view, models));
        }
        // sources numbered in the order the views cite them, with the pages that cite each
        Map<Source, Integer> numbers = new LinkedHashMap<>();
        Map<Source, List<Integer>> pagesOf = new LinkedHashMap<>();
        for (int i = 0; i < exports.size(); i++) {
            for (Source s : exports.get(i).sources()) {
                numbers.putIfAbsent(s, numbers.size() + 1);
                pagesOf.computeIfAbsent(s, k -> new ArrayList<>()).add(i + 2);
            }
        }
        List<ReportPages.Cited> cited = numbers.entrySet().stream()
                .map(e -> new ReportPages.Cited(e.getValue(), e.getKey(), pagesOf.get(e.getKey()))).toList();
        Dataset dataset = models.data().getDataset();
        String sha256 = ReportPack.sha256(DatasetCodec.shared().write(dataset));
        String dataLabel = models.data().getOrigin().label();
        String footer = "EVDash, exported " + r.date() + " from the " + dataLabel + " (SHA-256 " + sha256.substring(0, 12)
                + "…). Every figure names its source; where sources disagree, the dataset's priority chose.";
        int total = exports.size() + 3;
        int done = 0;
        int firstSourcesPage = exports.size() + 2;
        String title = "EVDash report: " + dataset.name();
        PdfPages.Metadata meta = new PdfPages.Metadata(title, r.author(),
                exports.stream().map(ViewExport::title).collect(Collectors.joining("; ")), r.generator(),
                ZonedDateTime.now());
        try (PdfPages pdf = new PdfPages(meta)) {
            ReportPack.check(cancelled);
            List<Region> sourcePages = ReportPack.call(fx, () -> ReportPages.sources(cited, r.size(), footer, r.theme()));
            int lastSourcesPage = firstSourcesPage + sourcePages.size() - 1;
            String listedAt = lastSourcesPage == firstSourcesPage ? "on page " + firstSourcesPage
                    : "on pages " + firstSourcesPage + "–" + lastSourcesPage;
            progress.update(++done, total, "Sources");

            List<ReportPages.Entry> contents = new ArrayList<>();
            for (int i = 0; i < exports.size(); i++) {
                contents.add(new ReportPages.Entry(exports.get(i).title(), exports.get(i).subtitle(), i + 2));
            }
            contents.add(new ReportPages.Entry("Sources cited in this report", numbers.size() + " sources", firstSourcesPage));
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {"Dataset", dataset.name()});
            if (dataset.updated() != null) {
                facts.add(new String[] {"Data updated", dataset.updated()});
            }
            facts.add(new String[] {"File", dataLabel});
            facts.add(new String[] {"SHA-256", sha256});
            facts.add(new String[] {"Holds", dataset.series().size() + " series, " + dataset.partnerships().size()
                    + " partnerships, " + dataset.sources().size() + " sources"});
            facts.add(new String[] {"Exported", r.date() + " by " + r.generator()});
            if (r.author() != null && !r.author().isBlank()) {
                facts.add(new String[] {"Author", r.author().strip()});
            }
            String subtitle = exports.size() + (exports.size() == 1 ? " view" : " views") + " of China's EV market and its"
                    + " alliances, each as it is on screen, and the " + numbers.size() + " sources they cite";
            ReportPack.call(fx, () -> {
                Region cover = ReportImage.layOut(ReportPages.cover(title, subtitle, facts, contents, footer, r.theme()),
                        r.size(), 1);
                return pdf.addPage(cover, r.size().width(), r.size().height());
            });
            pdf.bookmark("Contents", 1);
            progress.update(++done, total, "Cover and contents");

            for (ViewExport export : exports) {
                ReportPack.check(cancelled);
                int page = ReportPack.call(fx, () -> {
                    ReportFooter f = new ReportFooter(export.sources(), r.date(), dataLabel, numbers, listedAt);
                    return ReportImage.drawShared(ReportImage.frame(export, r.theme(), f), r.size(),
                            frame -> pdf.addPage(frame, r.size().width(), r.size().height()));
                });
                pdf.bookmark(export.title(), page);
                progress.update(++done, total, export.title());
            }
            ReportPack.check(cancelled);
            ReportPack.call(fx, () -> {
                for (Region page : sourcePages) {
                    pdf.addPage(page, r.size().width(), r.size().height());
                }
                return null;
            });
            pdf.bookmark("Sources cited in this report", firstSourcesPage);
            ReportPack.check(cancelled);
            int pages = pdf.pages();
            pdf.save(r.file());
            progress.update(total, total, "Done");
            return new Written(r.file(), pages, numbers.size());
        }
    }
}
