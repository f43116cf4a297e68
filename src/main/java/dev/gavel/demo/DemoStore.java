package dev.gavel.demo;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import dev.gavel.store.BulkLoader;
import dev.gavel.store.StoreException;

/**
 * Makes a demo store: a realistic, generated programming community with months of activity,
 * tickets and tracked members, the same rows for the same options on any machine. For the
 * command line ({@code gavel demo}) and the console's "Open demo".
 */
public final class DemoStore {

    private DemoStore() {
    }

    /**
     * Generates the demo guild into a new store at {@code file}. The file appears only when the
     * store is complete; until then nothing is written there, and a failure or a cancellation
     * leaves no trace.
     *
     * @param replaceExisting replace a file that is already at {@code file} (else it is refused)
     * @param progress        hears the steps and how many messages are made, on the calling thread
     * @param cancelled       asked now and then; when it says true, the making stops with a
     *                        {@link CancellationException}
     * @throws StoreException when {@code file} exists (and may not be replaced), or cannot be written
     */
    public static DemoSummary create(Path file, DemoOptions options, boolean replaceExisting, DemoProgress progress,
                                     BooleanSupplier cancelled) {
        try (BulkLoader loader = BulkLoader.create(file, replaceExisting)) {
            DemoSummary summary = new DemoGenerator(options, progress, cancelled).writeTo(loader, file);
            loader.finish((step, done, total) -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The demo was cancelled.");
                }
                progress.update(step, done, total);
            });
            return summary;
        }
    }

    /** The same, with no progress to report and no way to cancel. */
    public static DemoSummary create(Path file, DemoOptions options) {
        return create(file, options, false, DemoProgress.NONE, () -> false);
    }
}
