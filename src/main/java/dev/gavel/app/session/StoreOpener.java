package dev.gavel.app.session;

import java.nio.file.Path;
import java.time.Clock;

import dev.gavel.core.stats.Statistics;
import dev.gavel.store.ModerationReads;
import dev.gavel.store.SqlActivityQueries;
import dev.gavel.store.Store;

/** Opens a store file for the console: a Gavel store read-write, a database of the original bot read-only. */
public final class StoreOpener {

    private final Clock clock;

    public StoreOpener(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens {@code file}, bringing a Gavel store up to date (a missing file becomes a new store).
     * Blocks for the inspection and the migrations: call it off the JavaFX thread.
     *
     * @throws dev.gavel.store.StoreException with a sentence naming the file and what to do
     */
    public OpenStore open(Path file) {
        Store store = Store.openAnyKind(file.toAbsolutePath());
        try {
            return new OpenStore(store, new ModerationReads(store), new Statistics(SqlActivityQueries.of(store), clock));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
