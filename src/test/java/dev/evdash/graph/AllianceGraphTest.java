package dev.evdash.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Area;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Partnership;
import dev.evdash.data.SyntheticData;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllianceGraphTest {

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();
    private static final AllianceGraph GRAPH = AllianceGraph.of(DATA);

    private static boolean linked(AllianceGraph g, String a, String b, Area area, String announced) {
        return g.graph().getAllEdges(a, b).stream()
                .anyMatch(e -> e.partnership().areas().contains(area) && e.partnership().announced().equals(announced));
    }

    @Test
    void holdsEveryCompanyAndPartnershipOfTheDataset() {
        assertThat(GRAPH.vertexCount()).isEqualTo(DATA.companies().size());
        assertThat(GRAPH.partnerships()).hasSize(DATA.partnerships().size());
        assertThat(linked(GRAPH, "bmw", "alibaba", Area.LLM_COCKPIT, "2025-03-26")).isTrue();
        assertThat(linked(GRAPH, "bmw", "momenta", Area.ADAS, "2025-07-15")).isTrue();
    }

    @Test
    void aDealOfThreePartiesLinksEveryPairButCountsOnce() {
        Partnership deal = DATA.partnerships().stream().filter(p -> p.parties().size() >= 3).findFirst().orElseThrow();
        long edges = GRAPH.graph().edgeSet().stream().filter(e -> e.partnership().equals(deal)).count();
        int n = deal.parties().size();
        assertThat(edges).isEqualTo((long) n * (n - 1) / 2);
        assertThat(GRAPH.partnershipsOf(deal.parties().get(0))).filteredOn(p -> p.equals(deal)).hasSize(1);
    }

    @Test
    void parallelPartnershipsBetweenTheSameCompaniesStayDistinct() {
        AllianceEdge parallel = GRAPH.graph().edgeSet().stream().filter(e -> e.parallelCount() > 1).findFirst()
                .orElseThrow();
        assertThat(GRAPH.graph().getAllEdges(parallel.source(), parallel.target())).hasSize(parallel.parallelCount());
    }

    @Test
    void areaFilterKeepsExactlyThePartnershipsOfThatArea() {
        AllianceGraph adas = GRAPH.filtered(AllianceFilter.ALL.withAreas(Set.of(Area.ADAS)));
        long expected = DATA.partnerships().stream().filter(p -> p.areas().contains(Area.ADAS)).count();
        assertThat(adas.partnerships()).hasSize((int) expected)
                .allMatch(p -> p.areas().contains(Area.ADAS));
        assertThat(adas.graph().vertexSet()).allMatch(v -> adas.graph().degreeOf(v) > 0);
    }

    @Test
    void yearFilterHidesLaterPartnerships() {
        AllianceGraph to2024 = GRAPH.filtered(AllianceFilter.ALL.withYears(Integer.MIN_VALUE, 2024));
        assertThat(to2024.partnerships()).allMatch(p -> p.announcedYear() <= 2024);
        assertThat(to2024.partnerships()).hasSize((int) DATA.partnerships().stream()
                .filter(p -> p.announcedYear() <= 2024).count());
        assertThat(to2024.graph().containsEdge("bmw", "momenta")).isFalse();
    }

    @Test
    void egoNetworkOfBmwAtOneHopHoldsItsPartners() {
        AllianceGraph ego = GRAPH.filtered(AllianceFilter.ALL.withEgo("bmw", 1));
        assertThat(ego.graph().vertexSet()).contains("bmw", "alibaba", "momenta")
                .isEqualTo(GRAPH.within("bmw", 1));
        AllianceGraph two = GRAPH.filtered(AllianceFilter.ALL.withEgo("bmw", 2));
        assertThat(two.vertexCount()).isGreaterThan(ego.vertexCount());
    }

    @Test
    void metricsRankTheHubs() {
        GraphMetrics m = new GraphMetrics(GRAPH, 1);
        assertThat(m.degree("huawei")).isGreaterThan(m.degree("banma"));
        assertThat(m.betweenness("huawei")).isGreaterThan(0);
        assertThat(m.component("bmw")).isEqualTo(m.component("alibaba"));
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndRelayoutKeepsPinnedNodes() {
        Map<String, ForceLayout.Position> a = new ForceLayout(42).layout(GRAPH);
        Map<String, ForceLayout.Position> b = new ForceLayout(42).layout(GRAPH);
        assertThat(a).isEqualTo(b);
        Map<String, ForceLayout.Position> moved = new java.util.HashMap<>(a);
        moved.put("bmw", new ForceLayout.Position(12.5, 34.5));
        AllianceGraph to2024 = GRAPH.filtered(AllianceFilter.ALL.withYears(Integer.MIN_VALUE, 2024));
        Map<String, ForceLayout.Position> again = new ForceLayout(42).layout(to2024, moved, Set.of("bmw"));
        assertThat(again.get("bmw")).isEqualTo(new ForceLayout.Position(12.5, 34.5));
    }

    @Test
    void largeSyntheticNetworksLayOutWithoutError() {
        AllianceGraph g = AllianceGraph.of(SyntheticData.alliances(600, 5, 3));
        assertThat(g.edgeCount()).isEqualTo(3000);
        Map<String, ForceLayout.Position> p = new ForceLayout(1).layout(g);
        assertThat(p).hasSize(600).allSatisfy((k, v) -> assertThat(Double.isFinite(v.x() + v.y())).isTrue());
    }
}
