package dev.gavel.app.task;

import java.util.concurrent.CancellationException;

/** What running work sees of its task: progress reporting and cancellation. */
public interface Progress {

    /** Reports progress: {@code fraction} in [0, 1], or negative when unknown. */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancellationException} when the task was cancelled; call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
