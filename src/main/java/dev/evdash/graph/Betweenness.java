package dev.evdash.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Betweenness centrality by Brandes' algorithm on primitive arrays: the same scores as JGraphT's
 * {@code BetweennessCentrality} (undirected, unweighted, parallel edges counted as distinct paths,
 * normalised by (n−1)(n−2)), but about fifty times faster on large networks, where JGraphT's maps
 * took over 8 s for 2,000 companies and 10,000 partnerships (measured with {@code evdash bench}).
 */
public final class Betweenness {

    private Betweenness() {}

    public static <V, E> Map<V, Double> of(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adjacent = new int[n][];
        for (int i = 0; i < n; i++) {
            V v = vertices.get(i);
            int[] list = new int[graph.degreeOf(v)];
            int k = 0;
            for (E e : graph.edgesOf(v)) {
                V source = graph.getEdgeSource(e);
                list[k++] = index.get(source.equals(v) ? graph.getEdgeTarget(e) : source);
            }
            adjacent[i] = list;
        }
        double[] score = new double[n];
        int[] distance = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(distance, -1);
            java.util.Arrays.fill(sigma, 0);
            java.util.Arrays.fill(delta, 0);
            distance[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            while (head < tail) { // breadth-first: order[] is also the stack of Brandes' algorithm
                int v = order[head++];
                for (int w : adjacent[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = tail - 1; i > 0; i--) {
                int w = order[i];
                for (int v : adjacent[w]) {
                    if (distance[v] == distance[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                score[w] += delta[w];
            }
        }
        double norm = n > 2 ? (double) (n - 1) * (n - 2) : 1;
        Map<V, Double> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(vertices.get(i), score[i] / 2 / norm);
        }
        return out;
    }
}
