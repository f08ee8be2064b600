package dev.evdash.view.alliances;

import javafx.stage.Window;

/** What the Alliances view asks the application to do. */
public interface AllianceActions {

    enum Format { GRAPHML, GEXF }

    /** Asks for a file and writes the network shown now, in the background. */
    void export(Format format, Window owner);
}
