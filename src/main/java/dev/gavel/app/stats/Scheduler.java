package dev.gavel.app.stats;

import java.time.Duration;

/** Runs an action on the UI thread after a delay; tests step a fake one by hand. */
@FunctionalInterface
interface Scheduler {

    /** Schedules {@code action}; closing the returned handle before it runs stops it. */
    Scheduled schedule(Duration delay, Runnable action);

    @FunctionalInterface
    interface Scheduled extends AutoCloseable {
        @Override
        void close();
    }
}
