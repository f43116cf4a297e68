package dev.gavel.app.shell;

/**
 * Tells pages that new activity was recorded for a guild (live mode), so that they can refresh.
 * Listeners are called on the JavaFX thread; pages throttle their own refreshes.
 */
public interface LiveSignal {

    /** Registers {@code listener}; close the returned handle when the page is left. */
    Subscription onActivityRecorded(String guildId, Runnable listener);

    /** No recording: offline stores. */
    LiveSignal NONE = (guildId, listener) -> () -> { };

    /** A registration; closing it twice does nothing. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
