package dev.evdash.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import dev.evdash.draw.CanvasPainter;
import dev.evdash.draw.Painted;
import dev.evdash.draw.Painter;
import dev.evdash.fx.CssSwatches;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * The alliance network on a canvas: pan (drag the background), zoom (wheel, + and −), fit (0), move
 * nodes (drag), hover to light a company's partners and dim the rest, click to select. Edges are
 * batched by colour into one path each, so thousands draw within a frame. Colours come from CSS
 * ({@code .kind-N} for node kinds, {@code .area-N} for partnership areas, {@code .graph-text}).
 */
public final class GraphCanvas extends Pane implements Painted {

    /** Called when the user drops a node: its id and new position in layout units. */
    @FunctionalInterface
    public interface NodeMoved {
        void moved(String id, double x, double y);
    }

    private static final List<Color> KIND_FALLBACK = List.of(Color.web("#c8102e"), Color.web("#1f6feb"),
            Color.web("#2da44e"), Color.web("#bf8700"));
    private static final List<Color> AREA_FALLBACK = List.of(Color.GRAY);
    static final int KINDS = 4;
    static final int AREAS = 9;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<GraphScene> scene = new SimpleObjectProperty<>(this, "graphScene", GraphScene.EMPTY);
    private final ObjectProperty<GraphScene.Viewport> viewport =
            new SimpleObjectProperty<>(this, "viewport", new GraphScene.Viewport(1, 0, 0));
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final StringProperty hovered = new SimpleStringProperty(this, "hovered");
    private final CssSwatches kindColours;
    private final CssSwatches areaColours;
    private final CssSwatches textColour;
    private NodeMoved onNodeMoved = (id, x, y) -> { };
    private double renderScale = 1;
    private double pressX;
    private double pressY;
    private Integer dragging;
    private boolean dragged;
    /** Until the user pans or zooms, the view keeps fitting the network (on resize and on new data). */
    private boolean autoFit = true;
    private List<GraphScene.Label> lastLabels = List.of();
    private final Font font = dev.evdash.fx.Fonts.regular(13);

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        canvas.setManaged(false);
        getChildren().add(canvas);
        // a colour CSS sets asks for one redraw at the layout pass that follows CSS, not one per swatch
        kindColours = new CssSwatches(getChildren(), "kind", KINDS, KIND_FALLBACK, this::requestLayout);
        areaColours = new CssSwatches(getChildren(), "area", AREAS, AREA_FALLBACK, this::requestLayout);
        textColour = new CssSwatches(getChildren(), "graph-text", 2, List.of(Color.web("#24292f"), Color.WHITE),
                this::requestLayout);
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(800, 600);
        scene.addListener((obs, old, s) -> {
            if (autoFit && dragging == null) {
                fitNow();
            }
            redraw();
        });
        viewport.addListener(o -> redraw());
        selected.addListener(o -> redraw());
        hovered.addListener(o -> redraw());
        wireMouse();
        wireKeys();
    }

    private void wireMouse() {
        setOnMousePressed(e -> {
            requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
            dragging = e.getButton() == MouseButton.PRIMARY
                    ? getGraphScene().nodes().isEmpty() ? null : hitIndex(e.getX(), e.getY()).orElse(null) : null;
        });
        setOnMouseDragged(e -> {
            double ddx = e.getX() - pressX;
            double ddy = e.getY() - pressY;
            if (!dragged && Math.hypot(ddx, ddy) < 3) {
                return;
            }
            dragged = true;
            if (dragging != null) {
                GraphScene.Viewport v = viewport.get();
                scene.set(getGraphScene().moved(dragging, v.toWorldX(e.getX()), v.toWorldY(e.getY())));
            } else {
                autoFit = false;
                viewport.set(viewport.get().pan(ddx, ddy));
                pressX = e.getX();
                pressY = e.getY();
            }
        });
        setOnMouseReleased(e -> {
            if (dragging != null && dragged) {
                GraphScene.Node n = getGraphScene().nodes().get(dragging);
                onNodeMoved.moved(n.id(), n.x(), n.y());
            } else if (!dragged) {
                selected.set(hitIndex(e.getX(), e.getY()).map(i -> getGraphScene().nodes().get(i).id()).orElse(null));
            }
            dragging = null;
        });
        setOnMouseMoved(e -> hovered.set(hitIndex(e.getX(), e.getY()).map(i -> getGraphScene().nodes().get(i).id())
                .orElse(null)));
        setOnMouseExited(e -> hovered.set(null));
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                autoFit = false;
                viewport.set(viewport.get().zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY()));
                e.consume();
            }
        });
    }

    private void wireKeys() {
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            double cx = getWidth() / 2;
            double cy = getHeight() / 2;
            autoFit = k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0 || k == KeyCode.F;
            switch (k) {
                case PLUS, EQUALS, ADD -> viewport.set(viewport.get().zoomAt(1.25, cx, cy));
                case MINUS, SUBTRACT -> viewport.set(viewport.get().zoomAt(0.8, cx, cy));
                case LEFT -> viewport.set(viewport.get().pan(40, 0));
                case RIGHT -> viewport.set(viewport.get().pan(-40, 0));
                case UP -> viewport.set(viewport.get().pan(0, 40));
                case DOWN -> viewport.set(viewport.get().pan(0, -40));
                case DIGIT0, NUMPAD0, F -> fit();
                case ESCAPE -> selected.set(null);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private Optional<Integer> hitIndex(double x, double y) {
        return getGraphScene().hit(viewport.get(), x, y);
    }

    /** The current zoom as a {@link GraphScene.ViewState}. */
    public GraphScene.ViewState viewState() {
        GraphScene.Viewport v = viewport.get();
        return autoFit ? GraphScene.ViewState.FIT
                : new GraphScene.ViewState(false, v.scale(), v.toWorldX(getWidth() / 2), v.toWorldY(getHeight() / 2));
    }

    /** Shows the part of the network {@code state} describes, at this view's size. */
    public void apply(GraphScene.ViewState state) {
        if (state.fitted()) {
            fit();
        } else {
            autoFit = false;
            viewport.set(new GraphScene.Viewport(state.scale(), getWidth() / 2 - state.centreX() * state.scale(),
                    getHeight() / 2 - state.centreY() * state.scale()));
        }
    }

    /** Shows every node, and keeps doing so as the view resizes until the user pans or zooms. */
    public void fit() {
        autoFit = true;
        fitNow();
    }

    private void fitNow() {
        if (getWidth() > 0 && getHeight() > 0 && !getGraphScene().nodes().isEmpty()) {
            viewport.set(getGraphScene().fit(getWidth(), getHeight(), 40));
        }
    }

    /** Centres the view on a company (and zooms in a little if far out). */
    public void centreOn(String id) {
        getGraphScene().indexOf(id).ifPresent(i -> {
            autoFit = false;
            GraphScene.Node n = getGraphScene().nodes().get(i);
            GraphScene.Viewport v = viewport.get();
            double scale = Math.max(v.scale(), 0.8);
            viewport.set(new GraphScene.Viewport(scale, getWidth() / 2 - n.x() * scale, getHeight() / 2 - n.y() * scale));
        });
    }

    @Override
    protected void layoutChildren() {
        if (autoFit) {
            fitNow();
        }
        redraw();
    }

    /** Draws the current scene; returns the labels that were drawn. */
    public List<GraphScene.Label> redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(Math.max(1, Math.ceil(w * renderScale)));
        canvas.setHeight(Math.max(1, Math.ceil(h * renderScale)));
        canvas.getTransforms().setAll(new Scale(1 / renderScale, 1 / renderScale, 0, 0));
        var g = canvas.getGraphicsContext2D();
        g.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        g.clearRect(0, 0, w, h);
        paint(new CanvasPainter(g));
        return lastLabels;
    }

    /** Draws the network as it is shown now; the window's canvas and a vector export get the same calls. */
    @Override
    public void paint(Painter g) {
        GraphScene s = getGraphScene();
        draw(g, s, viewport.get(), litNodes(s), getWidth(), getHeight());
    }

    /** The hovered or selected node and its partners; empty when nothing is hovered or selected. */
    private Set<Integer> litNodes(GraphScene s) {
        String focus = hovered.get() != null ? hovered.get() : selected.get();
        Set<Integer> lit = new HashSet<>();
        if (focus != null) {
            s.indexOf(focus).ifPresent(i -> {
                lit.add(i);
                for (int j : s.neighbours(i)) {
                    lit.add(j);
                }
            });
        }
        return lit;
    }

    private void draw(Painter g, GraphScene s, GraphScene.Viewport v, Set<Integer> lit, double w, double h) {
        List<Color> kinds = kindColours.colours();
        List<Color> areas = areaColours.colours();
        List<Color> texts = textColour.colours();
        Color text = texts.get(0);
        Color halo = texts.size() > 1 ? texts.get(1) : Color.WHITE;
        boolean dim = !lit.isEmpty();
        g.setLineWidth(Math.max(1.0, Math.min(2.5, 1.6 * v.scale())));
        // Edges: one path per colour (and per lit state), straight or bent for parallel edges.
        for (int pass = 0; pass < (dim ? 2 : 1); pass++) {
            boolean litPass = pass == 1;
            for (int c = 0; c < areas.size(); c++) {
                g.beginPath();
                boolean any = false;
                for (GraphScene.Edge e : s.edges()) {
                    if (e.colour() % areas.size() != c) {
                        continue;
                    }
                    boolean edgeLit = lit.contains(e.a()) && lit.contains(e.b()) && (isFocus(s, e.a()) || isFocus(s, e.b()));
                    if (dim && edgeLit != litPass) {
                        continue;
                    }
                    path(g, s, v, e);
                    any = true;
                }
                if (any) {
                    Color col = areas.get(c);
                    g.setStroke(dim && !litPass ? col.deriveColor(0, 0.3, 1, 0.15) : col.deriveColor(0, 1, 1, 0.85));
                    g.stroke();
                }
            }
        }
        // Nodes
        for (int i = 0; i < s.nodes().size(); i++) {
            GraphScene.Node n = s.nodes().get(i);
            double r = GraphScene.screenRadius(n, v);
            double x = v.toScreenX(n.x());
            double y = v.toScreenY(n.y());
            if (x + r < 0 || x - r > w || y + r < 0 || y - r > h) {
                continue;
            }
            Color c = kinds.get(Math.floorMod(n.colour(), kinds.size()));
            g.setFill(dim && !lit.contains(i) ? c.deriveColor(0, 0.3, 1, 0.2) : c);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (n.id().equals(selected.get())) {
                g.setStroke(text);
                g.setLineWidth(2.5);
                g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
                g.setLineWidth(1);
            }
        }
        // Labels that fit
        Text probe = new Text();
        probe.setFont(font);
        double lineHeight = probe.getLayoutBounds().getHeight();
        Set<Integer> always = new HashSet<>(lit);
        s.indexOf(selected.get() == null ? "" : selected.get()).ifPresent(always::add);
        lastLabels = s.labels(v, w, h, t -> {
            probe.setText(t);
            return probe.getLayoutBounds().getWidth();
        }, lineHeight, dim ? lit : always);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (GraphScene.Label l : lastLabels) {
            boolean faded = dim && !lit.contains(l.node());
            if (faded) {
                continue;
            }
            String label = s.nodes().get(l.node()).label();
            g.setStroke(halo); // a halo keeps labels readable over edges
            g.setLineWidth(3);
            g.strokeText(label, l.x(), l.y());
            g.setFill(text);
            g.fillText(label, l.x(), l.y());
        }
    }

    private boolean isFocus(GraphScene s, int i) {
        String focus = hovered.get() != null ? hovered.get() : selected.get();
        return focus != null && s.nodes().get(i).id().equals(focus);
    }

    private static void path(Painter g, GraphScene s, GraphScene.Viewport v, GraphScene.Edge e) {
        GraphScene.Node a = s.nodes().get(e.a());
        GraphScene.Node b = s.nodes().get(e.b());
        double x1 = v.toScreenX(a.x());
        double y1 = v.toScreenY(a.y());
        double x2 = v.toScreenX(b.x());
        double y2 = v.toScreenY(b.y());
        g.moveTo(x1, y1);
        if (e.bend() == 0) {
            g.lineTo(x2, y2);
        } else {
            double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
            double mx = (x1 + x2) / 2 - (y2 - y1) / len * e.bend();
            double my = (y1 + y2) / 2 + (x2 - x1) / len * e.bend();
            g.quadraticCurveTo(mx, my, x2, y2);
        }
    }

    public void setGraphScene(GraphScene s) {
        scene.set(s);
    }

    public ObjectProperty<GraphScene> graphSceneProperty() {
        return scene;
    }

    /** The scene drawn (named so as not to hide {@link javafx.scene.Node#getGraphScene()}). */
    public GraphScene getGraphScene() {
        return scene.get();
    }

    public ObjectProperty<GraphScene.Viewport> viewportProperty() {
        return viewport;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public StringProperty hoveredProperty() {
        return hovered;
    }

    public void setOnNodeMoved(NodeMoved handler) {
        this.onNodeMoved = handler;
    }

    /** Pixels per layout pixel: 2 or 3 for a crisp export. */
    public void setRenderScale(double scale) {
        this.renderScale = scale;
        redraw();
    }

    /** Labels drawn last time: for tests. */
    public List<GraphScene.Label> drawnLabels() {
        return lastLabels;
    }
}
