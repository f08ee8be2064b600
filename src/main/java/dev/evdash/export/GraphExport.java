package dev.evdash.export;

import dev.evdash.data.AtomicFiles;
import dev.evdash.data.Area;
import dev.evdash.data.Company;
import dev.evdash.data.Partnership;
import dev.evdash.graph.AllianceEdge;
import dev.evdash.graph.AllianceGraph;
import dev.evdash.graph.ForceLayout;
import dev.evdash.graph.GraphMetrics;
import dev.evdash.graph.NodeKind;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the alliance network as GraphML (yEd, networkx, Gephi) or GEXF 1.3 (Gephi): companies with
 * name, local name, kind, country, degree, betweenness and community; partnerships with id, areas,
 * announced date, status and sources. Files are written whole or not at all.
 */
public final class GraphExport {

    private GraphExport() {}

    public static void writeGraphML(AllianceGraph g, GraphMetrics m, Path file) throws IOException {
        atomically(file, w -> graphML(g, m, w));
    }

    public static void writeGexf(AllianceGraph g, GraphMetrics m, Map<String, ForceLayout.Position> positions,
            Path file) throws IOException {
        atomically(file, w -> gexf(g, m, positions, w));
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void atomically(Path file, Body body) throws IOException {
        AtomicFiles.write(file, stream -> {
            try {
                Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                w.writeStartDocument("UTF-8", "1.0");
                body.write(w);
                w.writeEndDocument();
                w.flush();
                w.close();
                out.flush();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static void graphML(AllianceGraph g, GraphMetrics m, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("graphml");
        w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(w, "name", "node", "name", "string");
        key(w, "localName", "node", "localName", "string");
        key(w, "kind", "node", "kind", "string");
        key(w, "country", "node", "country", "string");
        key(w, "degree", "node", "degree", "int");
        key(w, "betweenness", "node", "betweenness", "double");
        key(w, "community", "node", "community", "int");
        key(w, "partnership", "edge", "partnership", "string");
        key(w, "areas", "edge", "areas", "string");
        key(w, "announced", "edge", "announced", "string");
        key(w, "status", "edge", "status", "string");
        key(w, "sources", "edge", "sources", "string");
        w.writeStartElement("graph");
        w.writeAttribute("id", "alliances");
        w.writeAttribute("edgedefault", "undirected");
        for (Company c : g.companies()) {
            w.writeStartElement("node");
            w.writeAttribute("id", c.id());
            data(w, "name", c.name());
            if (c.localName() != null) {
                data(w, "localName", c.localName());
            }
            data(w, "kind", NodeKind.of(c).label());
            data(w, "country", c.country());
            data(w, "degree", Integer.toString(m.degree(c.id())));
            data(w, "betweenness", number(m.betweenness(c.id())));
            data(w, "community", Integer.toString(m.community(c.id())));
            w.writeEndElement();
        }
        int i = 0;
        for (AllianceEdge e : g.graph().edgeSet()) {
            Partnership p = e.partnership();
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + i++);
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            data(w, "partnership", p.id());
            data(w, "areas", areas(p));
            data(w, "announced", p.announced());
            data(w, "status", p.status().name().toLowerCase(Locale.ROOT));
            data(w, "sources", String.join(" ", p.sources()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void gexf(AllianceGraph g, GraphMetrics m, Map<String, ForceLayout.Position> positions,
            XMLStreamWriter w) throws XMLStreamException {
        String viz = "http://gexf.net/1.3/viz";
        w.writeStartElement("gexf");
        w.writeDefaultNamespace("http://gexf.net/1.3");
        w.writeNamespace("viz", viz);
        w.writeAttribute("version", "1.3");
        w.writeStartElement("meta");
        w.writeStartElement("creator");
        w.writeCharacters("EVDash");
        w.writeEndElement();
        w.writeStartElement("description");
        w.writeCharacters("Automaker–technology alliances");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "undirected");
        w.writeAttribute("mode", "static");
        w.writeStartElement("attributes");
        w.writeAttribute("class", "node");
        attribute(w, "0", "localName", "string");
        attribute(w, "1", "kind", "string");
        attribute(w, "2", "country", "string");
        attribute(w, "3", "degree", "integer");
        attribute(w, "4", "betweenness", "double");
        attribute(w, "5", "community", "integer");
        w.writeEndElement();
        w.writeStartElement("attributes");
        w.writeAttribute("class", "edge");
        attribute(w, "0", "partnership", "string");
        attribute(w, "1", "areas", "string");
        attribute(w, "2", "announced", "string");
        attribute(w, "3", "status", "string");
        attribute(w, "4", "sources", "string");
        w.writeEndElement();
        w.writeStartElement("nodes");
        for (Company c : g.companies()) {
            w.writeStartElement("node");
            w.writeAttribute("id", c.id());
            w.writeAttribute("label", c.name());
            w.writeStartElement("attvalues");
            attvalue(w, "0", c.localName() == null ? "" : c.localName());
            attvalue(w, "1", NodeKind.of(c).label());
            attvalue(w, "2", c.country());
            attvalue(w, "3", Integer.toString(m.degree(c.id())));
            attvalue(w, "4", number(m.betweenness(c.id())));
            attvalue(w, "5", Integer.toString(m.community(c.id())));
            w.writeEndElement();
            ForceLayout.Position p = positions.get(c.id());
            if (p != null) {
                w.writeEmptyElement("viz", "position", viz);
                w.writeAttribute("x", number(p.x()));
                w.writeAttribute("y", number(-p.y()));
                w.writeAttribute("z", "0.0");
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        int i = 0;
        for (AllianceEdge e : g.graph().edgeSet()) {
            Partnership p = e.partnership();
            w.writeStartElement("edge");
            w.writeAttribute("id", Integer.toString(i++));
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            w.writeAttribute("label", p.id());
            w.writeStartElement("attvalues");
            attvalue(w, "0", p.id());
            attvalue(w, "1", areas(p));
            attvalue(w, "2", p.announced());
            attvalue(w, "3", p.status().name().toLowerCase(Locale.ROOT));
            attvalue(w, "4", String.join(" ", p.sources()));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void attribute(XMLStreamWriter w, String id, String title, String type) throws XMLStreamException {
        w.writeEmptyElement("attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", title);
        w.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", id);
        w.writeAttribute("value", value);
    }

    private static String areas(Partnership p) {
        return p.areas().stream().map(Area::name).map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
