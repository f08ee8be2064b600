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

    /** The node under (px, py) in pixels, the topmost (last drawn) first. */
    public Optional<Integer> hit(Viewport v, double px, double py) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            double r = screenRadius(n, v) + 2;
            double ddx = v.toScreenX(n.x()) - px;
            double ddy = v.toScreenY(n.y()) - py;
            if (ddx * ddx + ddy * ddy <= r * r) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The labels that fit: by priority (the most connected first; {@code always} first of all), each
     * placed right of its node unless it would overlap a label already placed or lie outside the view.
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
        List<Label> out = new ArrayList<>();
        for (int i : order) {
            Node n = nodes.get(i);
            double r = screenRadius(n, v);
            double x = v.toScreenX(n.x()) + r + LABEL_GAP;
            double y = v.toScreenY(n.y()) - textHeight / 2;
            double w = textWidth.applyAsDouble(n.label());
            double[] box = {x - 1, y - 1, x + w + 1, y + textHeight + 1};
            if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) {
                continue;
            }
            boolean free = true;
            for (double[] t : taken) {
                if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                    free = false;
                    break;
                }
            }
            if (free || always.contains(i)) {
                taken.add(box);
                out.add(new Label(i, x, y));
            }
        }
        return out;
    }
}
