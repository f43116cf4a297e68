package dev.gavel.app.stats;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save an exported file. The console asks with a {@link FileChooser}; tests answer with a path of their own. */
@FunctionalInterface
public interface FileSaver {

    /** The kinds of file the statistics export. */
    enum FileType {
        CSV("CSV table", "*.csv"), PNG("PNG image", "*.png");

        private final String description;
        private final String pattern;

        FileType(String description, String pattern) {
            this.description = description;
            this.pattern = pattern;
        }

        public String description() {
            return description;
        }

        public String pattern() {
            return pattern;
        }

        public String extension() {
            return pattern.substring(2);
        }
    }

    /**
     * Asks on the JavaFX thread where to save; empty when the moderator cancels.
     *
     * @param owner         the window the dialog belongs to (may be null)
     * @param suggestedName the file name offered
     */
    Optional<Path> choose(Window owner, String title, String suggestedName, FileType type);

    /** A save dialog that starts in the folder used last. */
    static FileSaver withFileChooser() {
        return new FileSaver() {
            private File lastFolder;

            @Override
            public Optional<Path> choose(Window owner, String title, String suggestedName, FileType type) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                lastFolder = file.getParentFile();
                return Optional.of(file.toPath());
            }
        };
    }
}
