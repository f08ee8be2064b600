package dev.evdash.app;

import dev.evdash.model.ShellModel;
import dev.evdash.model.Theme;
import dev.evdash.model.ViewId;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position, theme and view between runs. */
final class WindowState {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    private WindowState() {}

    /** Applies saved state to the models (theme, view): before the window is built. */
    static void restore(Settings s, ShellModel shell) {
        s.get("theme").flatMap(t -> parse(Theme.class, t)).ifPresent(shell::setTheme);
        s.get("view").flatMap(v -> parse(ViewId.class, v)).ifPresent(shell::setCurrentView);
    }

    /** Applies saved geometry to the stage, if it still fits a screen. */
    static void restore(Settings s, Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double w = Math.max(MIN_WIDTH, s.getDouble("width").orElse(DEFAULT_WIDTH));
        double h = Math.max(MIN_HEIGHT, s.getDouble("height").orElse(DEFAULT_HEIGHT));
        stage.setWidth(w);
        stage.setHeight(h);
        var x = s.getDouble("x");
        var y = s.getDouble("y");
        if (x.isPresent() && y.isPresent()
                && !Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), w, h)).isEmpty()) {
            stage.setX(x.get());
            stage.setY(y.get());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.get("maximized").map(Boolean::parseBoolean).orElse(false));
    }

    static void save(Settings s, Stage stage, ShellModel shell) {
        s.put("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            s.put("x", Double.toString(stage.getX()));
            s.put("y", Double.toString(stage.getY()));
            s.put("width", Double.toString(stage.getWidth()));
            s.put("height", Double.toString(stage.getHeight()));
        }
        s.put("theme", shell.getTheme().name());
        s.put("view", shell.getCurrentView().name());
        s.flush();
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
