package dev.gavel.app.session;

import java.nio.file.Path;
import java.util.List;

import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.stats.Statistics;
import dev.gavel.store.ModerationReads;
import dev.gavel.store.Store;
import dev.gavel.store.StoreKind;

/**
 * A store the console has open, with the read services built on it once. Every method that reads
 * blocks on the store: call them from a background task, never on the JavaFX thread.
 */
public final class OpenStore implements AutoCloseable {

    private final Store store;
    private final ModerationReads reads;
    private final Statistics statistics;

    OpenStore(Store store, ModerationReads reads, Statistics statistics) {
        this.store = store;
        this.reads = reads;
        this.statistics = statistics;
    }

    public Path file() {
        return store.file();
    }

    /** The file's name, for titles and the status bar. */
    public String name() {
        return store.file().getFileName().toString();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public boolean isOriginal() {
        return store.kind() == StoreKind.ORIGINAL;
    }

    /** Why nothing can be changed in this store, as a sentence; null when it can be written. */
    public String readOnlyWhy() {
        if (!store.isReadOnly()) {
            return null;
        }
        if (isOriginal()) {
            return name() + " is a database of the original bot: Gavel shows it read-only and never writes to it. "
                    + "To change settings or record into it, import it first: gavel import --from " + store.file()
                    + " --db <new store>.";
        }
        return name() + " is open read-only.";
    }

    /** A note about what is shown, when it may be older than the file (a copy read through a snapshot); null otherwise. */
    public String snapshotNote() {
        return store.snapshotTakenAt()
                .map(at -> name() + " was being written by another program; Gavel shows it as it was at " + at + ".")
                .orElse(null);
    }

    public Store store() {
        return store;
    }

    public ModerationReads reads() {
        return reads;
    }

    public Statistics statistics() {
        return statistics;
    }

    /** The guilds the store knows. Blocks on the store. */
    public List<GuildProfile> guilds() {
        return reads.guilds();
    }

    @Override
    public void close() {
        store.close();
    }
}
