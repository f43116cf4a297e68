package dev.gavel.app.task;

/**
 * The one place that knows about threads in the console: slow work goes to a background pool,
 * results and progress come back on the JavaFX thread. Tests use {@link DirectUiExecutor}, which
 * runs everything on the calling thread.
 */
public interface UiExecutor {

    <T> TaskHandle submit(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread (soon, in order). */
    void runOnUi(Runnable action);
}
