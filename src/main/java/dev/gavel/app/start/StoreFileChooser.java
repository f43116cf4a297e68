package dev.gavel.app.start;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a store file; tests answer without a dialog. */
@FunctionalInterface
public interface StoreFileChooser {

    /** The file chosen, or null when the user cancelled. */
    Path choose(Window owner);

    /** The system's open-file dialog, filtered to SQLite files first. */
    static StoreFileChooser system() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a store");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Stores and SQLite databases", "*.db", "*.sqlite", "*.sqlite3"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
