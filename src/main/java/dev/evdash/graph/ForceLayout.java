package dev.evdash.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Force-directed layout with JGraphT's indexed Fruchterman–Reingold (a Barnes–Hut quadtree for the
 * repulsive forces). Seeded, so the same network gives the same picture; a relayout starts from the
 * previous positions with a cool temperature, so nodes that stay move little; pinned nodes do not move.
 * Plain Java: call it off the FX thread.
 */
public final class ForceLayout {

    /** A node's place in layout units (the canvas maps them to pixels). */
    public record Position(double x, double y) {}

    /** Units of layout area per node: the side of the square is {@code sqrt(n) * SPACING}. */
    static final double SPACING = 90;
    /** Layouts started again after JGraphT's quadtree refused nearly coincident nodes. */
    static final int MAX_ATTEMPTS = 4;
    static final int FULL_ITERATIONS = 100;
    static final int RELAYOUT_ITERATIONS = 60;
    /** Barnes–Hut accuracy: larger is faster and coarser (JGraphT's default is 0.5). */
    static final double THETA = 0.9;
    /** Scales the ideal edge length; above JGraphT's 0.5 so that dense clusters open up. */
    static final double NORMALIZATION = 1.3;

    private final long seed;

    public ForceLayout(long seed) {
        this.seed = seed;
    }

    /** Lays out from scratch. */
    public Map<String, Position> layout(AllianceGraph g) {
        return layout(g, Map.of(), Set.of());
    }

    /**
     * Lays out {@code g}, starting from {@code previous} where it has a node's position and keeping
     * {@code pinned} nodes where {@code previous} puts them.
     */
    public Map<String, Position> layout(AllianceGraph g, Map<String, Position> previous, Set<String> pinned) {
        List<String> isolated = g.graph().vertexSet().stream().filter(v -> g.graph().degreeOf(v) == 0).toList();
        Map<String, Position> out = connected(g, previous, pinned, Set.copyOf(isolated));
        placeIsolated(isolated, out, previous, pinned);
        return out;
    }

    /**
     * Companies without a partnership are not pushed around by the forces (they would drift to the
     * border and stretch the picture): they sit in rows under the network, alphabetically, unless the
     * user pinned them somewhere.
     */
    private static void placeIsolated(List<String> isolated, Map<String, Position> out, Map<String, Position> previous,
            Set<String> pinned) {
        double minX = out.values().stream().mapToDouble(Position::x).min().orElse(0);
        double maxX = out.values().stream().mapToDouble(Position::x).max().orElse(SPACING * 4);
        double maxY = out.values().stream().mapToDouble(Position::y).max().orElse(0);
        double width = Math.max(SPACING * 4, maxX - minX);
        int perRow = Math.max(1, (int) (width / (SPACING * 2.2)) + 1);
        List<String> sorted = isolated.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            String v = sorted.get(i);
            if (pinned.contains(v) && previous.containsKey(v)) {
                out.put(v, previous.get(v));
            } else {
                out.put(v, new Position(minX + (i % perRow) * SPACING * 2.2, maxY + SPACING * (1 + i / perRow)));
            }
        }
    }

    private Map<String, Position> connected(AllianceGraph g, Map<String, Position> previous, Set<String> pinned,
            Set<String> leaveOut) {
        Set<String> keep = new java.util.LinkedHashSet<>(g.graph().vertexSet());
        keep.removeAll(leaveOut);
        org.jgrapht.Graph<String, AllianceEdge> sub = new org.jgrapht.graph.AsSubgraph<String, AllianceEdge>(g.graph(), keep);
        int n = Math.max(1, sub.vertexSet().size());
        double side = Math.sqrt(n) * SPACING;
        for (String v : sub.vertexSet()) {
            Position p = previous.get(v);
            if (p != null && pinned.contains(v)) {
                side = Math.max(side, Math.max(p.x(), p.y()) + SPACING); // a pinned node stays where it was put
            }
        }
        Box2D box = Box2D.of(0, 0, side, side);
        Random random = new Random(seed);
        Map<String, Point2D> start = new HashMap<>();
        boolean incremental = false;
        for (String v : sub.vertexSet()) {
            Position p = previous.get(v);
            if (p != null) {
                incremental = true;
                start.put(v, Point2D.of(clamp(p.x(), side), clamp(p.y(), side)));
            }
        }
        for (String v : sub.vertexSet()) {
            if (!start.containsKey(v)) {
                start.put(v, near(g, v, start, side, random));
            }
        }
        LayoutModel2D<String> model = new InsideModel(box);
        for (String v : sub.vertexSet()) {
            model.put(v, start.get(v));
            if (pinned.contains(v) && previous.containsKey(v)) {
                model.setFixed(v, true);
            }
        }
        int iterations = incremental ? RELAYOUT_ITERATIONS : FULL_ITERATIONS;
        double initialTemperature = side / (incremental ? 40 : 8);
        for (int attempt = 1; ; attempt++) {
            FRLayoutAlgorithm2D<String, AllianceEdge> algorithm = new IndexedFRLayoutAlgorithm2D<>(iterations, THETA,
                    NORMALIZATION, new Random(seed)) {
                {
                    // Cooling from a temperature that suits a first layout or, lower, a relayout.
                    temperatureModelSupplier = (m, max) -> (i, all) -> initialTemperature * (1.0 - (double) i / all) + 0.5;
                }
            };
            algorithm.setInitializer(start::get);
            try {
                algorithm.layout(sub, model);
                break;
            } catch (IllegalArgumentException e) {
                // JGraphT's quadtree splits its boxes in floating point: two nodes pushed nearly onto one spot can
                // fall in none of a box's quarters. Start again with the free nodes nudged apart (seeded).
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                for (String v : sub.vertexSet()) {
                    if (!model.isFixed(v)) {
                        Point2D p = start.get(v);
                        start.put(v, Point2D.of(clamp(p.getX() + (random.nextDouble() - 0.5) * SPACING / 4, side),
                                clamp(p.getY() + (random.nextDouble() - 0.5) * SPACING / 4, side)));
                    }
                }
            }
        }
        Map<String, Position> out = new HashMap<>();
        for (String v : sub.vertexSet()) {
            Point2D p = model.get(v);
            out.put(v, new Position(p.getX(), p.getY()));
        }
        return out;
    }

    /**
     * Keeps every point strictly inside the area and apart from the others at the border. JGraphT's
     * algorithm clamps moves to the area's closed bounds; its quadtree refuses a point on the upper
     * bound, splits forever on two equal points (two nodes pushed into the same corner), and a
     * zero-length move can give NaN. A node pushed to the border is set just inside it, at a small
     * offset of its own (from its id, so the layout stays the same on every run).
     */
    private static final class InsideModel extends MapLayoutModel2D<String> {
        private static final long serialVersionUID = 1L;
        private final double step;

        InsideModel(Box2D box) {
            super(box);
            step = Math.max(box.getWidth(), box.getHeight()) * 1e-4;
        }

        @Override
        public Point2D put(String v, Point2D p) {
            Point2D old = get(v);
            double x = Double.isNaN(p.getX()) ? (old == null ? drawableArea.getMinX() : old.getX()) : p.getX();
            double y = Double.isNaN(p.getY()) ? (old == null ? drawableArea.getMinY() : old.getY()) : p.getY();
            double own = (1 + Math.floorMod(v.hashCode(), 997)) * step;
            return super.put(v, Point2D.of(inside(x, drawableArea.getMinX(), drawableArea.getMaxX(), own),
                    inside(y, drawableArea.getMinY(), drawableArea.getMaxY(), own)));
        }

        private static double inside(double value, double min, double max, double own) {
            if (value <= min) {
                return min + own;
            }
            if (value >= max) {
                return max - own;
            }
            return value;
        }
    }

    /** Close to the neighbours already placed, else anywhere (seeded). */
    private static Point2D near(AllianceGraph g, String v, Map<String, Point2D> placed, double side, Random random) {
        List<Point2D> around = g.neighbours(v).stream().map(placed::get).filter(java.util.Objects::nonNull).toList();
        if (around.isEmpty()) {
            return Point2D.of(random.nextDouble() * side, random.nextDouble() * side);
        }
        double x = around.stream().mapToDouble(Point2D::getX).average().orElse(side / 2);
        double y = around.stream().mapToDouble(Point2D::getY).average().orElse(side / 2);
        return Point2D.of(clamp(x + (random.nextDouble() - 0.5) * SPACING, side),
                clamp(y + (random.nextDouble() - 0.5) * SPACING, side));
    }

    private static double clamp(double v, double side) {
        return Math.max(0, Math.min(side, v));
    }
}
