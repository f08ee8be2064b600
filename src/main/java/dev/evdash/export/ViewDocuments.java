package dev.evdash.export;

import dev.evdash.model.Theme;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import javafx.scene.layout.Region;

/**
 * One view as a vector document, framed as its PNG is (title, filter subtitle, source footer) and laid out
 * at the same size by the same code: an SVG, or a one-page PDF. The size sets the page's aspect and the
 * layout, as it does for a PNG. FX thread (the PDF is then saved on any thread).
 */
public final class ViewDocuments {

    private ViewDocuments() {}

    /** The view as an SVG document, UTF-8. */
    public static byte[] svg(ViewExport export, Theme theme, LocalDate date, String dataLabel, ReportImage.Size size,
            String generator) throws IOException {
        return ReportImage.drawShared(ReportImage.frame(export, theme, date, dataLabel), size,
                frame -> svg(frame, export, size, generator));
    }

    /** An SVG of a frame already laid out (as a PNG of the same view was drawn from it). */
    static byte[] svg(Region laidOut, ViewExport export, ReportImage.Size size, String generator) throws IOException {
        return SvgExport.svg(laidOut, size.width(), size.height(), export.title(), generator);
    }

    /** The view as a one-page PDF, drawn; save it (on any thread) and close it. */
    public static PdfPages pdf(ViewExport export, Theme theme, LocalDate date, String dataLabel,
            ReportImage.Size size, String author, String generator) throws IOException {
        return ReportImage.drawShared(ReportImage.frame(export, theme, date, dataLabel), size,
                frame -> pdf(frame, export, size, author, generator));
    }

    /** A one-page PDF of a frame already laid out. */
    static PdfPages pdf(Region laidOut, ViewExport export, ReportImage.Size size, String author, String generator)
            throws IOException {
        PdfPages pdf = new PdfPages(new PdfPages.Metadata(export.title(), author, export.subtitle(), generator,
                ZonedDateTime.now()));
        try {
            pdf.addPage(laidOut, size.width(), size.height());
            pdf.bookmark(export.title(), 1);
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }
}
