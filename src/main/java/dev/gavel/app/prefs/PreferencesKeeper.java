package dev.gavel.app.prefs;

import java.io.IOException;
import java.util.function.UnaryOperator;

import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's preferences while it runs: read once, changed on the JavaFX thread, written in the background. */
public final class PreferencesKeeper {

    private static final Logger log = LoggerFactory.getLogger(PreferencesKeeper.class);

    private final PreferencesFile file;
    private final UiExecutor executor;
    private ConsolePreferences current;

    public PreferencesKeeper(PreferencesFile file, UiExecutor executor, ConsolePreferences loaded) {
        this.file = file;
        this.executor = executor;
        this.current = loaded;
    }

    public ConsolePreferences get() {
        return current;
    }

    /** Changes the preferences and writes them in the background; a failure to write is logged. */
    public void update(UnaryOperator<ConsolePreferences> change) {
        current = change.apply(current);
        ConsolePreferences toWrite = current;
        executor.submit(BackgroundTask.of("Saving the console's settings", progress -> {
            write(toWrite);
            return null;
        }).onFailure(e -> log.warn("The console's settings could not be saved to {}: {}", file.file(), e.toString())));
    }

    /** Writes the preferences now, on the calling thread (when the console closes). */
    public void saveNow() throws IOException {
        write(current);
    }

    private synchronized void write(ConsolePreferences preferences) throws IOException {
        file.save(preferences);
    }
}
