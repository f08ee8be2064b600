package dev.evdash.draw;

/**
 * A node that draws itself through a {@link Painter} (the charts, the network): the window's canvas and
 * a vector document get the same calls from {@link #paint}.
 */
public interface Painted {

    /** Draws what the node shows now, at its current size, in its own coordinates. */
    void paint(Painter p);
}
