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
    /** Models being made ahead of their view, off the FX thread, at start-up. */
    private final Map<ViewSpec<?>, java.util.concurrent.FutureTask<Object>> pending = new LinkedHashMap<>();

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

    /** View {@code spec}'s model, made now if it was not yet (or, if it is being made ahead, once it is). */
    @SuppressWarnings("unchecked")
    public <M> M of(ViewSpec<M> spec) {
        java.util.concurrent.FutureTask<Object> ahead;
        synchronized (this) {
            Object m = made.get(spec);
            if (m != null) {
                return (M) m;
            }
            ahead = pending.get(spec);
        }
        if (ahead != null) {
            ahead.run(); // does nothing if it ran or is running; else makes it here
            try {
                Object m = ahead.get();
                synchronized (this) {
                    pending.remove(spec);
                    made.putIfAbsent(spec, m);
                    return (M) made.get(spec);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the " + spec.title() + " view's model was made", e);
            } catch (java.util.concurrent.ExecutionException e) {
                synchronized (this) {
                    pending.remove(spec); // made again below, where the failure shows as it would have
                }
            }
        }
        Object m = spec.createModel(this);
        synchronized (this) {
            made.putIfAbsent(spec, m);
            return (M) made.get(spec);
        }
    }

    /**
     * Makes view {@code spec}'s model now, on the calling thread, unless it is made or being made: at
     * start-up the first view's model is computed while the FX thread builds the window, and the view
     * takes it when it asks for it. Nothing else may touch the data meanwhile.
     */
    public void prepare(ViewSpec<?> spec) {
        java.util.concurrent.FutureTask<Object> task;
        synchronized (this) {
            if (made.containsKey(spec) || pending.containsKey(spec)) {
                return;
            }
            task = new java.util.concurrent.FutureTask<>(() -> spec.createModel(this));
            pending.put(spec, task);
        }
        task.run();
    }

    /** Whether view {@code spec}'s model has been made. */
    public synchronized boolean isMade(ViewSpec<?> spec) {
        return made.containsKey(spec) || pending.containsKey(spec) && pending.get(spec).isDone();
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
