package dev.gavel.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of slow work with what to do with its outcome. The work runs on a background thread; the
 * callbacks run on the JavaFX thread and must only update properties (heavy work in a callback
 * freezes the window just the same).
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private ProgressListener onProgress = (fraction, message) -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Required: every failure is shown or handled somewhere, never dropped. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successCallback() {
        return onSuccess;
    }

    Consumer<Throwable> failureCallback() {
        if (onFailure == null) {
            throw new IllegalStateException("Task '" + title + "' has no failure callback");
        }
        return onFailure;
    }

    Runnable cancelledCallback() {
        return onCancelled;
    }

    ProgressListener progressCallback() {
        return onProgress;
    }

    /** Receives progress on the JavaFX thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }
}
