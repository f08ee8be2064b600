package dev.evdash.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evdash.data.DatasetReader;
import dev.evdash.data.SyntheticData;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;

/** The fast betweenness gives JGraphT's scores, parallel edges and all. */
class BetweennessTest {

    private static void sameAsJGraphT(AllianceGraph g) {
        Map<String, Double> ours = Betweenness.of(g.graph());
        Map<String, Double> theirs = new BetweennessCentrality<>(g.graph(), true).getScores();
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        theirs.forEach((v, score) -> assertThat(ours.get(v)).as(v).isCloseTo(score, within(1e-12)));
    }

    @Test
    void matchesJGraphTOnTheBundledNetwork() {
        sameAsJGraphT(AllianceGraph.of(new DatasetReader().readBundled().dataset().orElseThrow()));
    }

    @Test
    void matchesJGraphTOnASyntheticMultigraph() {
        AllianceGraph g = AllianceGraph.of(SyntheticData.alliances(150, 5, 11));
        assertThat(g.graph().edgeSet()).anyMatch(e -> e.parallelCount() > 1);
        sameAsJGraphT(g);
    }
}
