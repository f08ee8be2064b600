package dev.evdash.export;

import dev.evdash.draw.Graphics2DPainter;
import dev.evdash.draw.NodePainter;
import dev.evdash.draw.Painter;
import dev.evdash.draw.VectorFonts;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A laid-out report (or any node) as an SVG document, through the vector backend and Apache Batik's
 * SVG generator: titles, labels, values and footer are {@code <text>} elements in the shipped fonts, and
 * the subsets of those fonts the text uses travel inside the file ({@code @font-face}), so that 比亚迪 shows
 * on a machine without CJK fonts. FX thread: it reads the laid-out nodes.
 */
public final class SvgExport {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SvgExport() {}

    /** The SVG of {@code root} at {@code width} × {@code height} layout pixels, titled {@code title}, as UTF-8. */
    public static byte[] svg(Node root, double width, double height, String title, String generator)
            throws IOException {
        return svg(root, width, height, title, generator, p -> p);
    }

    /** As above, the painter the walker draws through wrapped by {@code wrap} (a test records the calls). */
    static byte[] svg(Node root, double width, double height, String title, String generator,
            UnaryOperator<Painter> wrap) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(generator);
        context.setPrecision(3);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        Graphics2DPainter painter = new Graphics2DPainter(g);
        NodePainter.paint(root, wrap.apply(painter));
        Element svg = g.getRoot();
        svg.setAttributeNS(null, "viewBox", "0 0 " + (int) Math.ceil(width) + " " + (int) Math.ceil(height));
        Element titleElement = doc.createElementNS(SVG_NS, "title");
        titleElement.setTextContent(title);
        svg.insertBefore(titleElement, svg.getFirstChild());
        Element style = doc.createElementNS(SVG_NS, "style");
        style.setAttributeNS(null, "type", "text/css");
        style.appendChild(doc.createCDATASection(fontFaces(painter.usedText())));
        Element defs = doc.createElementNS(SVG_NS, "defs");
        defs.appendChild(style);
        svg.insertBefore(defs, titleElement.getNextSibling());
        doc.replaceChild(svg, doc.getDocumentElement());
        return serialize(doc);
    }

    /** An {@code @font-face} rule per face used, carrying the subset of it the text needs. */
    static String fontFaces(Map<VectorFonts.Face, String> used) throws IOException {
        StringBuilder css = new StringBuilder();
        for (Map.Entry<VectorFonts.Face, String> e : used.entrySet()) {
            VectorFonts.Face face = e.getKey();
            byte[] subset = ShippedFonts.subset(face, e.getValue());
            css.append("@font-face{font-family:'").append(face.font().getFamily()).append("';font-weight:")
                    .append((face.style() & java.awt.Font.BOLD) != 0 ? "bold" : "normal").append(";font-style:")
                    .append((face.style() & java.awt.Font.ITALIC) != 0 ? "italic" : "normal")
                    .append(";src:url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(subset))
                    .append(") format('truetype');}\n");
        }
        return css.toString();
    }

    private static byte[] serialize(Document doc) throws IOException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("the SVG could not be written: " + e.getMessage(), e);
        }
    }
}
