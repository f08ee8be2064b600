import java.io.File;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;

/**
 * CI check, run as a source file with PDFBox on the class path
 * ({@code java -cp "target/dist/EVDash/lib/app/mods/*" .ci/VectorFiles.java MIN_PAGES FILE...}): each SVG
 * parses as XML and holds a title and at least ten text elements; each PDF opens, and its text (found by
 * PDFBox's extractor) names EVDash; a PDF whose name starts with "report" has at least MIN_PAGES pages.
 * Exit 1 names the first file that fails.
 */
public class VectorFiles {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            fail("usage: VectorFiles MIN_PAGES FILE...");
        }
        int minPages = Integer.parseInt(args[0]);
        int svgs = 0;
        int pdfs = 0;
        for (String name : List.of(args).subList(1, args.length)) {
            File file = new File(name);
            if (name.endsWith(".svg")) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document doc = f.newDocumentBuilder().parse(file);
                String title = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength() == 0 ? ""
                        : doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
                int texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength();
                if (title.isBlank() || texts < 10) {
                    fail(name + ": title \"" + title + "\", " + texts + " text elements");
                }
                svgs++;
            } else if (name.endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file)) {
                    String text = new PDFTextStripper().getText(doc);
                    if (!text.contains("EVDash")) {
                        fail(name + ": its text does not name EVDash");
                    }
                    if (file.getName().startsWith("report") && doc.getNumberOfPages() < minPages) {
                        fail(name + ": " + doc.getNumberOfPages() + " pages, fewer than " + minPages);
                    }
                }
                pdfs++;
            } else {
                fail(name + ": neither an SVG nor a PDF");
            }
        }
        System.out.println("VectorFiles: " + svgs + " SVGs and " + pdfs + " PDFs hold their text");
    }

    private static void fail(String message) {
        System.err.println("FAILED: " + message);
        System.exit(1);
    }
}
