package dev.gavel.app.shell;

import javafx.beans.property.BooleanProperty;

/** What the shell's menus ask of the console around it (the composition root answers). */
public interface ShellActions {

    /** Asks for a store file and opens it instead of the current one. */
    void openStore();

    void openDemo();

    /** Closes the store and goes back to the start screen (where a bot can be connected). */
    void closeStore();

    void quit();

    void openSetupGuide();

    void showAbout();

    /** True while the dark theme is on; setting it switches the theme. */
    BooleanProperty darkThemeProperty();
}
