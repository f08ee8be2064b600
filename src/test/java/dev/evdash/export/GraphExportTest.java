package dev.evdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.graph.AllianceGraph;
import dev.evdash.graph.ForceLayout;
import dev.evdash.graph.GraphMetrics;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest {

    @TempDir
    Path dir;

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byId(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void graphMlHasEveryCompanyAndPartnershipWithAttributes() throws Exception {
        AllianceGraph g = AllianceGraph.of(DATA);
        Path file = dir.resolve("alliances.graphml");
        GraphExport.writeGraphML(g, new GraphMetrics(g, 1), file);
        Document doc = parse(file);
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        NodeList edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        assertThat(nodes.getLength()).isEqualTo(g.vertexCount());
        assertThat(edges.getLength()).isEqualTo(g.edgeCount());
        Element byd = byId(nodes, "byd");
        assertThat(byd.getTextContent()).contains("BYD").contains("比亚迪").contains("Automaker (China)");
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key").getLength()).isEqualTo(12);
        String all = doc.getDocumentElement().getTextContent();
        assertThat(all).contains("bmw-momenta-adas-china").contains("2025-07-15").contains("adas");
    }

    @Test
    void gexfIsVersion13WithPositionsAndAttributes() throws Exception {
        AllianceGraph g = AllianceGraph.of(DATA);
        Path file = dir.resolve("alliances.gexf");
        GraphExport.writeGexf(g, new GraphMetrics(g, 1), new ForceLayout(42).layout(g), file);
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("gexf");
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertThat(nodes.getLength()).isEqualTo(g.vertexCount());
        assertThat(edges.getLength()).isEqualTo(g.edgeCount());
        assertThat(doc.getElementsByTagNameNS("http://gexf.net/1.3/viz", "position").getLength()).isEqualTo(g.vertexCount());
        assertThat(byId(nodes, "bmw").getAttribute("label")).isEqualTo("BMW Group");
    }
}
