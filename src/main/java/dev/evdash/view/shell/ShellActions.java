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

    void quit();
}
