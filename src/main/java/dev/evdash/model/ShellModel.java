package dev.evdash.model;

import dev.evdash.data.Dataset;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window: the current view and theme (observed by sidebar, menus and content) and the status line. */
public final class ShellModel {

    private final ObjectProperty<ViewId> currentView = new SimpleObjectProperty<>(this, "currentView", ViewId.OVERVIEW);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final javafx.beans.property.StringProperty message =
            new javafx.beans.property.SimpleStringProperty(this, "message", "");
    private final StringBinding dataStatus;
    private final StringBinding dataCounts;
    private final javafx.beans.property.BooleanProperty unsaved =
            new javafx.beans.property.SimpleBooleanProperty(this, "unsaved");
    private final javafx.beans.property.BooleanProperty canUndo =
            new javafx.beans.property.SimpleBooleanProperty(this, "canUndo");
    private final javafx.beans.property.BooleanProperty canRedo =
            new javafx.beans.property.SimpleBooleanProperty(this, "canRedo");
    private final javafx.beans.property.StringProperty undoText =
            new javafx.beans.property.SimpleStringProperty(this, "undoText", "Undo");
    private final javafx.beans.property.StringProperty redoText =
            new javafx.beans.property.SimpleStringProperty(this, "redoText", "Redo");
    private final StringBinding title;

    public ShellModel(DataModel data) {
        dataStatus = Bindings.createStringBinding(() -> "Data: " + data.getOrigin().label()
                + (unsaved.get() ? " (unsaved changes)" : ""), data.originProperty(), unsaved);
        dataCounts = Bindings.createStringBinding(() -> counts(data.getDataset()), data.datasetProperty());
        title = Bindings.createStringBinding(() -> (unsaved.get() ? "*" : "")
                + data.getOrigin().path().map(p -> String.valueOf(p.getFileName())).orElse("Bundled dataset")
                + " – EVDash", data.originProperty(), unsaved);
    }

    /** The window title: "*dataset.json – EVDash" while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Whether the data on screen has changes not yet saved; bound to the editor. */
    public javafx.beans.property.BooleanProperty unsavedProperty() {
        return unsaved;
    }

    public javafx.beans.property.BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public javafx.beans.property.BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** "Undo add partnership bmw-momenta": the Edit menu's wording. */
    public javafx.beans.property.StringProperty undoTextProperty() {
        return undoText;
    }

    public javafx.beans.property.StringProperty redoTextProperty() {
        return redoText;
    }

    static String counts(Dataset d) {
        return d.series().size() + " series · " + d.pointCount() + " figures · " + d.partnerships().size()
                + " partnerships · " + d.companies().size() + " companies · " + d.sources().size() + " sources";
    }

    public ObjectProperty<ViewId> currentViewProperty() {
        return currentView;
    }

    public ViewId getCurrentView() {
        return currentView.get();
    }

    public void setCurrentView(ViewId view) {
        currentView.set(view);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme t) {
        theme.set(t);
    }

    /** The outcome of the last command ("Saved deliveries-2026-11-26.png"), shown in the status bar. */
    public javafx.beans.property.StringProperty messageProperty() {
        return message;
    }

    public void setMessage(String text) {
        message.set(text);
    }

    /** "Data: bundled dataset" or "Data: /path/to/dataset.json". */
    public StringBinding dataStatusProperty() {
        return dataStatus;
    }

    /** "24 series · 310 figures · 45 partnerships · …". */
    public StringBinding dataCountsProperty() {
        return dataCounts;
    }
}
