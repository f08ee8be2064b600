package dev.evdash.view;

import dev.evdash.model.ViewId;
import dev.evdash.view.alliances.AllianceActions;
import dev.evdash.view.data.DataViewActions;
import javafx.beans.value.ObservableStringValue;

/**
 * What views ask of the application beyond their models: navigation, opening web addresses, and the file
 * work that needs the window (choosers, saving in the background). The composition root implements it.
 */
public interface ViewServices {

    /** Shows view {@code view} in the window. */
    void show(ViewId view);

    /** Opens a web address in the browser (only http and https addresses open). */
    void openLink(String url);

    /** Writes the network shown to a file the user picks. */
    AllianceActions allianceFiles();

    /** Saving and importing from the Data view. */
    DataViewActions dataActions();

    /** "Saving to dataset.json" and the like: where the Data view's edits go. */
    ObservableStringValue dataTarget();
}
