package dev.evdash.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Degree, betweenness centrality, connected component and community (label propagation) of every
 * company: components and communities by JGraphT, betweenness by {@link Betweenness} (same scores as
 * JGraphT's, far faster on large networks).
 */
public final class GraphMetrics {

    /** Which metric sizes the nodes. */
    public enum SizeBy {
        DEGREE("Partnerships"), BETWEENNESS("Betweenness"), NONE("Same size");

        private final String label;

        SizeBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Map<String, Integer> degree = new HashMap<>();
    private final Map<String, Double> betweenness;
    private final Map<String, Integer> component = new HashMap<>();
    private final Map<String, Integer> community = new HashMap<>();

    public GraphMetrics(AllianceGraph g, long seed) {
        g.graph().vertexSet().forEach(v -> degree.put(v, g.graph().degreeOf(v)));
        betweenness = Betweenness.of(g.graph());
        List<Set<String>> components = new ConnectivityInspector<>(g.graph()).connectedSets();
        for (int i = 0; i < components.size(); i++) {
            for (String v : components.get(i)) {
                component.put(v, i);
            }
        }
        ClusteringAlgorithm.Clustering<String> clusters =
                new LabelPropagationClustering<>(g.graph(), new Random(seed)).getClustering();
        int i = 0;
        for (Set<String> cluster : clusters.getClusters()) {
            for (String v : cluster) {
                community.put(v, i);
            }
            i++;
        }
    }

    public int degree(String v) {
        return degree.getOrDefault(v, 0);
    }

    /** Normalised betweenness centrality, 0 to 1. */
    public double betweenness(String v) {
        return betweenness.getOrDefault(v, 0.0);
    }

    public int component(String v) {
        return component.getOrDefault(v, -1);
    }

    public int community(String v) {
        return community.getOrDefault(v, -1);
    }

    /** The metric's value for sizing, scaled 0 to 1 over the graph. */
    public double scaled(String v, SizeBy by) {
        return switch (by) {
            case DEGREE -> {
                int max = degree.values().stream().mapToInt(Integer::intValue).max().orElse(1);
                yield max == 0 ? 0 : (double) degree(v) / max;
            }
            case BETWEENNESS -> {
                double max = betweenness.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
                yield max == 0 ? 0 : betweenness(v) / max;
            }
            case NONE -> 0;
        };
    }
}
