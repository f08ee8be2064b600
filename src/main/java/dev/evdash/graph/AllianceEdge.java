package dev.evdash.graph;

import dev.evdash.data.Partnership;

/**
 * One partnership between two of its parties. A deal of three or more parties becomes an edge for every
 * pair, all pointing to the same partnership, so the details show it once.
 *
 * @param parallel this edge's place among the edges between the same two companies (0-based)
 * @param parallelCount how many edges join those two companies
 */
public record AllianceEdge(Partnership partnership, String source, String target, int parallel, int parallelCount) {

    public String other(String company) {
        return company.equals(source) ? target : source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllianceEdge e && e.partnership.id().equals(partnership.id()) && e.source.equals(source)
                && e.target.equals(target);
    }

    @Override
    public int hashCode() {
        return (partnership.id().hashCode() * 31 + source.hashCode()) * 31 + target.hashCode();
    }
}
