package dev.evdash.view.alliances;

import javafx.stage.Window;

/** What the Alliances view asks the application to do. */
public interface AllianceActions {

    /** GraphML and GEXF hold the network's data; SVG and PDF draw it as shown. */
    enum Format { GRAPHML, GEXF, SVG, PDF }

    /** Asks for a file (and, for a drawing, a size) and writes the network shown now, in the background. */
    void export(Format format, Window owner);
}
