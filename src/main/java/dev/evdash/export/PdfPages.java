package dev.evdash.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.evdash.data.AtomicFiles;
import dev.evdash.draw.Graphics2DPainter;
import dev.evdash.draw.NodePainter;
import dev.evdash.draw.VectorFonts;
import java.awt.Font;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF document built page by page from laid-out nodes, through the vector backend and Apache PDFBox
 * (with its Graphics2D bridge): text is real text in the shipped fonts, each embedded as the subset its
 * pages use, so it can be selected, searched and extracted, 比亚迪 included, on any machine. A layout pixel is
 * 0.75 pt (96 per inch), so a 1600 × 900 page is 1200 × 675 pt. Links drawn become link annotations
 * (addresses, or {@code #page=N}); pages can carry bookmarks. Pages are drawn on the FX thread; the document is
 * saved on any thread, atomically.
 */
public final class PdfPages implements Closeable {

    /** Points per layout pixel. */
    static final float PT = 0.75f;

    /** The document's information: title, author (may be blank), subject, producer, creation time. */
    public record Metadata(String title, String author, String subject, String producer, ZonedDateTime created) {}

    private record PendingLink(int page, Graphics2DPainter.Link link, double pageHeight) {}

    private final PDDocument doc = new PDDocument();
    private final Map<String, PDFont> fonts = new HashMap<>();
    private final List<TrueTypeFont> open = new ArrayList<>();
    private boolean closed;
    private final List<PendingLink> links = new ArrayList<>();
    private final List<PDOutlineItem> bookmarks = new ArrayList<>();
    private final PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer() {
        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            return pdfFont(VectorFonts.shared().faceNamed(font));
        }
    };

    PdfPages(Metadata m) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(m.title());
        if (m.author() != null && !m.author().isBlank()) {
            info.setAuthor(m.author().strip());
        }
        info.setSubject(m.subject());
        info.setCreator(m.producer());
        info.setProducer(m.producer());
        info.setCreationDate(GregorianCalendar.from(m.created()));
        doc.getDocumentCatalog().setLanguage("en");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /** A shipped face in this document, embedded (as a subset of what is drawn in it) on first use. */
    private PDFont pdfFont(VectorFonts.Face face) throws IOException {
        PDFont f = fonts.get(face.postScriptName());
        if (f == null) {
            TrueTypeFont ttf = ShippedFonts.open(face);
            open.add(ttf);
            f = PDType0Font.load(doc, ttf, true);
            fonts.put(face.postScriptName(), f);
        }
        return f;
    }

    /** Pages so far. */
    public int pages() {
        return doc.getNumberOfPages();
    }

    /** Draws laid-out {@code root} as a new page of {@code width} × {@code height} layout pixels; its number. */
    int addPage(Node root, double width, double height) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) width * PT, (float) height * PT));
        doc.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) width, (float) height);
        g.setFontTextDrawer(drawer);
        Graphics2DPainter painter = new Graphics2DPainter(g);
        try {
            NodePainter.paint(root, painter);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.transform(Matrix.getScaleInstance(PT, PT));
            content.drawForm(g.getXFormObject());
        }
        int number = doc.getNumberOfPages();
        painter.links().forEach(l -> links.add(new PendingLink(number, l, height)));
        return number;
    }

    /** A bookmark to page {@code number} (1-based), in the order added. */
    void bookmark(String title, int number) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(number - 1));
        item.setDestination(dest);
        bookmarks.add(item);
    }

    /** Adds the links and bookmarks and writes the document to {@code file}, whole or not at all. */
    public void save(Path file) throws IOException {
        for (PendingLink l : links) {
            String target = l.link().target();
            PDAnnotationLink a = new PDAnnotationLink();
            var r = l.link().area();
            a.setRectangle(new PDRectangle((float) r.getX() * PT, (float) (l.pageHeight() - r.getMaxY()) * PT,
                    (float) r.getWidth() * PT, (float) r.getHeight() * PT));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            a.setBorderStyle(border);
            if (target.startsWith("#page=")) {
                int n = Integer.parseInt(target.substring("#page=".length()));
                if (n < 1 || n > doc.getNumberOfPages()) {
                    continue;
                }
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(doc.getPage(n - 1));
                a.setDestination(dest);
            } else if (target.startsWith("https://") || target.startsWith("http://")) {
                PDActionURI uri = new PDActionURI();
                uri.setURI(target);
                a.setAction(uri);
            } else {
                continue;
            }
            doc.getPage(l.page() - 1).getAnnotations().add(a);
        }
        links.clear();
        if (!bookmarks.isEmpty()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            bookmarks.forEach(outline::addLast);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            bookmarks.clear();
        }
        AtomicFiles.write(file, doc::save);
    }

    /** Closes the document and its fonts; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            doc.close();
        } finally {
            drawer.close();
            for (TrueTypeFont f : open) {
                f.close();
            }
        }
    }
}
