package dev.evdash.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What the alliance canvas draws, in plain arrays: node positions (layout units), sizes, colours and
 * labels, and edges with their colour and curve. Also the arithmetic of drawing: the viewport that maps
 * layout units to pixels, fitting, hit-testing and which labels fit without piling up. Tested without a
 * window; the canvas only issues the drawing calls.
 */
public final class GraphScene {

    /** A node: company id, label, position, radius in pixels at zoom 1, colour index, label priority. */
    public record Node(String id, String label, double x, double y, double radius, int colour, double priority) {}

    /**
     * An edge between nodes {@code a} and {@code b} (indices), coloured by {@code colour}, bent by
     * {@code bend} pixels to tell parallel edges apart (0: straight).
     */
    public record Edge(int a, int b, int colour, double bend, String partnership) {}

    /** Maps layout units to pixels: {@code px = x * scale + dx}. */
    public record Viewport(double scale, double dx, double dy) {
        public double toScreenX(double x) {
            return x * scale + dx;
        }

        public double toScreenY(double y) {
            return y * scale + dy;
        }

        public double toWorldX(double px) {
            return (px - dx) / scale;
        }

        public double toWorldY(double py) {
            return (py - dy) / scale;
        }

        /** Zooms by {@code factor} keeping the layout point under (px, py) where it is. */
        public Viewport zoomAt(double factor, double px, double py) {
            double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
            double f = s / scale;
            return new Viewport(s, px - (px - dx) * f, py - (py - dy) * f);
        }

        public Viewport pan(double ddx, double ddy) {
            return new Viewport(scale, dx + ddx, dy + ddy);
        }
    }

    /**
     * How a view is zoomed, independent of its size: fitted, or a scale and the layout point at the
     * centre. An export of a different size shows the same part of the network with it.
     */
    public record ViewState(boolean fitted, double scale, double centreX, double centreY) {
        public static final ViewState FIT = new ViewState(true, 1, 0, 0);
    }

    /** A label that fits: text and its top-left corner in pixels. */
    public record Label(int node, double x, double y) {}

    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 20;
    static final double LABEL_GAP = 3;

    public static final GraphScene EMPTY = new GraphScene(List.of(), List.of());

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] neighbours;

    public GraphScene(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        for (int i = 0; i < this.nodes.size(); i++) {
            index.put(this.nodes.get(i).id(), i);
        }
        int[] counts = new int[this.nodes.size()];
        for (Edge e : this.edges) {
            counts[e.a()]++;
            counts[e.b()]++;
        }
        neighbours = new int[this.nodes.size()][];
        for (int i = 0; i < counts.length; i++) {
            neighbours[i] = new int[counts[i]];
        }
        int[] fill = new int[this.nodes.size()];
        for (Edge e : this.edges) {
            neighbours[e.a()][fill[e.a()]++] = e.b();
            neighbours[e.b()][fill[e.b()]++] = e.a();
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /** Indices of the nodes that share an edge with node {@code i}. */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    /** A copy with node {@code i} at (x, y) in layout units. */
    public GraphScene moved(int i, double x, double y) {
        List<Node> ns = new ArrayList<>(nodes);
        Node n = ns.get(i);
        ns.set(i, new Node(n.id(), n.label(), x, y, n.radius(), n.colour(), n.priority()));
        return new GraphScene(ns, edges);
    }

    /** The viewport that shows every node inside {@code width × height} pixels with a margin. */
    public Viewport fit(double width, double height, double margin) {
        if (nodes.isEmpty() || width <= 2 * margin || height <= 2 * margin) {
            return new Viewport(1, width / 2, height / 2);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node n : nodes) {
            minX = Math.min(minX, n.x());
            minY = Math.min(minY, n.y());
            maxX = Math.max(maxX, n.x());
            maxY = Math.max(maxY, n.y());
        }
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h)));
        return new Viewport(scale, width / 2 - (minX + w / 2) * scale, height / 2 - (minY + h / 2) * scale);
    }

    /** Radius in pixels: grows slowly with zoom so that nodes stay readable and do not swamp the view. */
    public static double screenRadius(Node n, Viewport v) {
        return n.radius() * Math.max(0.35, Math.min(2.5, Math.sqrt(v.scale())));
    }

    /** The node under (px, py) in pixels; where nodes overlap, the one whose centre is nearest. */
    public Optional<Integer> hit(Viewport v, double px, double py) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            double r = screenRadius(n, v) + 2;
            double ddx = v.toScreenX(n.x()) - px;
            double ddy = v.toScreenY(n.y()) - py;
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 <= r * r && d2 < bestDistance) {
                best = i;
                bestDistance = d2;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** Free of placed labels and of the nodes that matter as much or more than node {@code i}. */
    private static boolean fits(double[] box, int i, double priority, List<double[]> taken, List<double[]> discs) {
        for (double[] t : taken) {
            if (overlap(box, t)) {
                return false;
            }
        }
        for (double[] d : discs) {
            if ((int) d[4] != i && d[5] >= priority && overlap(box, d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /**
     * The labels that fit: by priority (the most connected first; {@code always} first of all), each
     * right of its node, else left, above or below, wherever it overlaps no label already placed and no
     * node that matters as much, and lies inside the view.
     */
    public List<Label> labels(Viewport v, double width, double height, ToDoubleFunction<String> textWidth,
            double textHeight, Set<Integer> always) {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Boolean.compare(always.contains(b), always.contains(a));
            return c != 0 ? c : Double.compare(nodes.get(b).priority(), nodes.get(a).priority());
        });
        List<double[]> taken = new ArrayList<>();
        List<double[]> discs = new ArrayList<>(); // node boxes and the node's index and priority
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            double r = screenRadius(n, v);
            double cx = v.toScreenX(n.x());
            double cy = v.toScreenY(n.y());
            if (cx + r >= 0 && cx - r <= width && cy + r >= 0 && cy - r <= height) {
                discs.add(new double[] {cx - r, cy - r, cx + r, cy + r, i, n.priority()});
            }
        }
        List<Label> out = new ArrayList<>();
        for (int i : order) {
            Node n = nodes.get(i);
            double r = screenRadius(n, v);
            double cx = v.toScreenX(n.x());
            double cy = v.toScreenY(n.y());
            double w = textWidth.applyAsDouble(n.label());
            // right of the node, then left, above, below
            double[][] places = {
                {cx + r + LABEL_GAP, cy - textHeight / 2},
                {cx - r - LABEL_GAP - w, cy - textHeight / 2},
                {cx - w / 2, cy - r - LABEL_GAP - textHeight},
                {cx - w / 2, cy + r + LABEL_GAP}};
            for (double[] place : places) {
                double[] box = {place[0] - 1, place[1] - 1, place[0] + w + 1, place[1] + textHeight + 1};
                if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) {
                    continue;
                }
                if (always.contains(i) || fits(box, i, n.priority(), taken, discs)) {
                    taken.add(box);
                    out.add(new Label(i, place[0], place[1]));
                    break;
                }
            }
        }
        return out;
    }
}
