package dev.evdash.graph;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Partnership;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The alliance network as a JGraphT multigraph: companies are vertices (by id), partnerships are edges;
 * parallel partnerships between the same two companies stay distinct. Immutable once built.
 */
public final class AllianceGraph {

    private final Graph<String, AllianceEdge> graph;
    private final Map<String, Company> companies;

    private AllianceGraph(Graph<String, AllianceEdge> graph, Map<String, Company> companies) {
        this.graph = graph;
        this.companies = companies;
    }

    static Graph<String, AllianceEdge> emptyGraph() {
        return GraphTypeBuilder.<String, AllianceEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
    }

    /** Every company of the dataset and every partnership between them. */
    public static AllianceGraph of(Dataset d) {
        Map<String, Company> companies = new LinkedHashMap<>();
        d.companies().forEach(c -> companies.put(c.id(), c));
        return build(companies, d.partnerships());
    }

    private static AllianceGraph build(Map<String, Company> companies, Collection<Partnership> partnerships) {
        Graph<String, AllianceEdge> g = emptyGraph();
        companies.keySet().forEach(g::addVertex);
        Map<String, List<String[]>> pairs = new LinkedHashMap<>();
        for (Partnership p : partnerships) {
            List<String> parties = p.parties().stream().filter(companies::containsKey).distinct().toList();
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    String a = parties.get(i);
                    String b = parties.get(j);
                    String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
                    pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {a, b, p.id()});
                }
            }
        }
        Map<String, Partnership> byId = new HashMap<>();
        partnerships.forEach(p -> byId.put(p.id(), p));
        for (List<String[]> list : pairs.values()) {
            for (int k = 0; k < list.size(); k++) {
                String[] e = list.get(k);
                g.addEdge(e[0], e[1], new AllianceEdge(byId.get(e[2]), e[0], e[1], k, list.size()));
            }
        }
        return new AllianceGraph(g, companies);
    }

    /** The part of the network the filter keeps; positions and metrics are computed on it anew. */
    public AllianceGraph filtered(AllianceFilter f) {
        Map<String, Company> kept = new LinkedHashMap<>();
        companies.forEach((id, c) -> {
            if ((f.countries().isEmpty() || f.countries().contains(c.country()))
                    && (f.kinds().isEmpty() || f.kinds().contains(NodeKind.of(c)))) {
                kept.put(id, c);
            }
        });
        Set<Partnership> deals = new java.util.LinkedHashSet<>();
        for (AllianceEdge e : graph.edgeSet()) {
            Partnership p = e.partnership();
            int year = p.announcedYear();
            if ((f.areas().isEmpty() || p.areas().stream().anyMatch(f.areas()::contains))
                    && year >= f.fromYear() && year <= f.toYear()) {
                deals.add(p);
            }
        }
        AllianceGraph result = build(kept, deals);
        if (f.filtersPartnerships()) {
            result = result.withoutIsolated();
        }
        if (f.minDegree() > 0) {
            AllianceGraph all = result;
            Map<String, Company> strong = new LinkedHashMap<>(all.companies);
            strong.keySet().removeIf(id -> all.graph.degreeOf(id) < f.minDegree());
            result = build(strong, all.partnerships());
        }
        if (f.egoCenter() != null && result.graph.containsVertex(f.egoCenter())) {
            Set<String> ego = result.within(f.egoCenter(), Math.max(1, f.egoHops()));
            Map<String, Company> near = new LinkedHashMap<>(result.companies);
            near.keySet().retainAll(ego);
            result = build(near, result.partnerships());
        }
        return result;
    }

    private AllianceGraph withoutIsolated() {
        Map<String, Company> connected = new LinkedHashMap<>(companies);
        connected.keySet().removeIf(id -> graph.degreeOf(id) == 0);
        return build(connected, partnerships());
    }

    /** Companies at most {@code hops} partnerships away from {@code center}, itself included. */
    public Set<String> within(String center, int hops) {
        Set<String> seen = new HashSet<>(Set.of(center));
        Deque<String> frontier = new ArrayDeque<>(List.of(center));
        for (int h = 0; h < hops; h++) {
            Deque<String> next = new ArrayDeque<>();
            for (String v : frontier) {
                for (AllianceEdge e : graph.edgesOf(v)) {
                    String w = e.other(v);
                    if (seen.add(w)) {
                        next.add(w);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    public Graph<String, AllianceEdge> graph() {
        return graph;
    }

    public Collection<Company> companies() {
        return companies.values();
    }

    public Optional<Company> company(String id) {
        return Optional.ofNullable(companies.get(id));
    }

    /** Distinct partnerships (a deal of three parties once). */
    public List<Partnership> partnerships() {
        Map<String, Partnership> deals = new LinkedHashMap<>();
        graph.edgeSet().forEach(e -> deals.putIfAbsent(e.partnership().id(), e.partnership()));
        return List.copyOf(deals.values());
    }

    /** The partnerships of one company, each once, newest first. */
    public List<Partnership> partnershipsOf(String company) {
        if (!graph.containsVertex(company)) {
            return List.of();
        }
        Map<String, Partnership> deals = new LinkedHashMap<>();
        graph.edgesOf(company).forEach(e -> deals.putIfAbsent(e.partnership().id(), e.partnership()));
        return deals.values().stream()
                .sorted(java.util.Comparator.comparing(Partnership::announced).reversed()).toList();
    }

    /** Companies sharing a partnership with {@code company}. */
    public Set<String> neighbours(String company) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (graph.containsVertex(company)) {
            graph.edgesOf(company).forEach(e -> out.add(e.other(company)));
        }
        return out;
    }

    public int vertexCount() {
        return graph.vertexSet().size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }
}
