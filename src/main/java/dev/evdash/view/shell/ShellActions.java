package dev.evdash.view.shell;

import java.nio.file.Path;
import javafx.stage.Window;

/** What the window's menus ask the application to do; the shell only forwards. */
public interface ShellActions {

    /** Loads {@code file} in the background; the current data stays until it has loaded. */
    void open(Path file);

    /** Loads the current data file again (or the bundled dataset). */
    void reload();

    /** Asks where to open a data file from; empty when the user cancels. */
    java.util.Optional<Path> chooseDataFile(Window owner);

    void showAbout(Window owner);

    /** Asks for a size, scale and file and saves the current view as a framed PNG. */
    void exportImage(Window owner);

    /** Asks for a size and file and saves the current view as an SVG, its text as text. */
    void exportSvg(Window owner);

    /** Asks for a size and file and saves the current view as a one-page PDF, its text as text. */
    void exportPdf(Window owner);

    /**
     * Asks for the views, size, author and file and writes one PDF of them with a cover, contents and the
     * sources they cite, in the background, with progress and cancel.
     */
    void exportReport(Window owner);

    /** Opens the resolve panel for the merge conflicts recorded in the data on screen. */
    void resolveConflicts(Window owner);

    /** Puts the current view, framed as in an export, on the clipboard as an image. */
    void copyImage();

    /** Asks for a file and saves the data behind the current view as CSV. */
    void exportData(Window owner);

    /** Asks for a folder and writes every view there, in the background, with progress and cancel. */
    void exportPack(Window owner);

    /** Saves the data to its file; asks what to do if the file changed on disk since it was loaded. */
    void save();

    /** Asks for a file and saves the data there; later saves go there too. */
    void saveAs(Window owner);

    /** Asks for an IEA Data Explorer CSV and merges it into the data. */
    void importIea(Window owner);

    void undo();

    void redo();

    void quit();
}
