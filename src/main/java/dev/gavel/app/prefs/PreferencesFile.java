package dev.gavel.app.prefs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code console.json} in the per-user config folder. A file that cannot be read
 * is set aside (renamed, never deleted) and the defaults are used, so nothing is lost.
 */
public final class PreferencesFile {

    private static final Logger log = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public PreferencesFile(Path configDir) {
        this.file = configDir.resolve("console.json");
    }

    public Path file() {
        return file;
    }

    /** The saved preferences, or the defaults (with a note in the log) when there are none or they are unreadable. */
    public ConsolePreferences load() {
        if (!Files.exists(file)) {
            return ConsolePreferences.defaults();
        }
        try {
            ConsolePreferences loaded = JSON.readValue(file.toFile(), ConsolePreferences.class);
            return loaded == null ? ConsolePreferences.defaults() : loaded;
        } catch (IOException e) {
            Path aside = file.resolveSibling("console.json.unreadable-" + Instant.now().toEpochMilli());
            try {
                Files.move(file, aside);
                log.warn("The console's settings in {} could not be read ({}); they were moved to {} and the defaults are used",
                        file, e.getMessage(), aside);
            } catch (IOException moveFailed) {
                log.warn("The console's settings in {} could not be read ({}) nor moved aside ({}); the defaults are used",
                        file, e.getMessage(), moveFailed.getMessage());
            }
            return ConsolePreferences.defaults();
        }
    }

    /** Writes atomically (a temporary file renamed over the old one), so a crash never leaves half a file. */
    public void save(ConsolePreferences preferences) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("console.json.tmp");
        try {
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(preferences));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The console's settings could not be written as JSON", e);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
