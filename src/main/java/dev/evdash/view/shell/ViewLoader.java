package dev.evdash.view.shell;

import dev.evdash.model.ViewId;
import javafx.scene.Parent;

/** Creates a view's node (FXML + controller) the first time it is shown. */
@FunctionalInterface
public interface ViewLoader {
    Parent load(ViewId view);
}
