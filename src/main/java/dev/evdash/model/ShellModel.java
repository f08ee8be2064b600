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

    public ShellModel(DataModel data) {
        dataStatus = Bindings.createStringBinding(() -> "Data: " + data.getOrigin().label(), data.originProperty());
        dataCounts = Bindings.createStringBinding(() -> counts(data.getDataset()), data.datasetProperty());
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
