package dev.evdash.fx;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node, not when the node is made. Each
 * {@link Tooltip} holds a popup window and scene of its own: made for every tile, toolbar button and table
 * row of a view as it opens, they were a twelfth of the window's start-up work on the FX thread. The
 * pointer must move to show a tooltip after its delay anyway, so one made on entering shows as soon as
 * one made ahead would. Screen readers get the text at once, as the node's accessible help (what a
 * control's own tooltip would give them).
 */
public final class Tooltips {

    private static final Object KEY = new Object();

    private Tooltips() {}

    /**
     * Shows {@code text} as {@code node}'s tooltip; {@code null} takes it away. Call again to change it. In
     * FXML it is a static property: {@code <Button Tooltips.text="Save the file"/>}.
     */
    public static void setText(Node node, String text) {
        install(node, text, tip -> {});
    }

    /** As {@link #setText(Node, String)}, with {@code style} applied to the tooltip when it is made. */
    public static void install(Node node, String text, Consumer<Tooltip> style) {
        Objects.requireNonNull(style);
        if (text != null || node.getProperties().containsKey(KEY)) {
            tip(node).show(text, style);
        }
    }

    /**
     * Keeps {@code node}'s tooltip showing {@code text}'s value; a second call replaces the first. The node
     * holds {@code text}, so a binding made for it (which its sources hold only weakly) lives as long as the
     * node; a property given directly holds the node as long as the property lives.
     */
    public static void bind(Node node, ObservableValue<String> text) {
        Tip tip = tip(node);
        if (tip.source != null) {
            tip.source.removeListener(tip.follow);
        }
        tip.source = text;
        tip.follow = (obs, old, now) -> setText(node, now);
        text.addListener(tip.follow);
        setText(node, text.getValue());
    }

    /** {@code node}'s tip, made on first use. */
    private static Tip tip(Node node) {
        return (Tip) node.getProperties().computeIfAbsent(KEY, k -> new Tip(node));
    }

    /** The text {@code node} shows as its tooltip, or {@code null}; whether or not the tooltip is made yet. */
    public static String getText(Node node) {
        Tip tip = (Tip) node.getProperties().get(KEY);
        return tip == null ? null : tip.text;
    }

    private static final class Tip implements EventHandler<MouseEvent> {
        private final Node node;
        private String text;
        private Consumer<Tooltip> style;
        private Tooltip made;
        private ObservableValue<String> source; // held for bind()
        private ChangeListener<String> follow;

        Tip(Node node) {
            this.node = node;
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, this);
        }

        void show(String text, Consumer<Tooltip> style) {
            this.text = text;
            this.style = style;
            node.setAccessibleHelp(text);
            if (made != null && text == null) {
                detach();
            } else if (made != null) {
                made.setText(text);
            } else if (text != null && node.isHover()) {
                make(); // the pointer is in already: made now, it shows at the next move
            }
        }

        @Override
        public void handle(MouseEvent e) {
            if (made == null && text != null) {
                make();
            }
        }

        private void make() {
            made = new Tooltip(text);
            style.accept(made);
            if (node instanceof Control c) {
                c.setTooltip(made);
            } else {
                Tooltip.install(node, made);
            }
        }

        private void detach() {
            if (node instanceof Control c) {
                c.setTooltip(null);
            } else {
                Tooltip.uninstall(node, made);
            }
            made = null;
        }
    }
}
