package dev.evdash.view.data;

import javafx.stage.Window;

/** What the Data view asks the application to do: file work, done off the FX thread. */
public interface DataViewActions {

    /** Saves the data to its file (the user's file for the bundled dataset). */
    void save();

    /** Asks for an IEA Data Explorer CSV and merges it into the data. */
    void importIea(Window owner);
}
