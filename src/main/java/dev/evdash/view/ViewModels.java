package dev.evdash.view;

import dev.evdash.model.DataModel;
import dev.evdash.model.edit.DataEditor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The views' models, each made by its declaration the first time it is asked for, and kept: the window
 * and an export share one set, so an export has the filters the analyst set. What every model needs (the
 * data, the executors for background work and for applying results) is held here.
 */
public final class ViewModels {

    private final DataModel data;
    private final Executor background;
    private final Executor ui;
    private final DataEditor editor;
    private final Map<ViewSpec<?>, Object> made = new LinkedHashMap<>();

    /**
     * @param background where long work (the network layout) runs
     * @param ui where its results are applied (the FX thread in the app)
     * @param editor the Data view's editor; null where nothing is edited (headless export)
     */
    public ViewModels(DataModel data, Executor background, Executor ui, DataEditor editor) {
        this.data = data;
        this.background = background;
        this.ui = ui;
        this.editor = editor;
    }

    /** View {@code spec}'s model, made now if it was not yet. */
    @SuppressWarnings("unchecked")
    public <M> M of(ViewSpec<M> spec) {
        Object m = made.get(spec);
        if (m == null) {
            m = spec.createModel(this);
            made.put(spec, m);
        }
        return (M) m;
    }

    /** Whether view {@code spec}'s model has been made. */
    public boolean isMade(ViewSpec<?> spec) {
        return made.containsKey(spec);
    }

    public DataModel data() {
        return data;
    }

    public Executor background() {
        return background;
    }

    public Executor ui() {
        return ui;
    }

    /** The editor, where data can be edited. */
    public DataEditor editor() {
        return Optional.ofNullable(editor)
                .orElseThrow(() -> new IllegalStateException("no editor: the data cannot be edited here"));
    }
}
