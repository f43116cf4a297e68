package dev.gavel.app.stats;

import java.util.Objects;

import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.TaskHandle;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.app.task.Work;
import dev.gavel.core.UserFacingException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Loads one report at a time through the {@link UiExecutor}. {@link #load} wins over whatever was
 * loading (which is cancelled and whose result is ignored); {@link #reload} never piles up: while
 * a load runs it waits, and only the latest waiting reload runs once that load ends.
 */
final class ReportLoader<T> {

    private final UiExecutor ui;
    private final String title;
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private TaskHandle running = TaskHandle.NONE;
    private long generation;
    private Work<T> waiting;

    ReportLoader(UiExecutor ui, String title) {
        this.ui = Objects.requireNonNull(ui);
        this.title = Objects.requireNonNull(title);
    }

    /** The latest result; kept while a newer one loads, so that a view does not flicker. */
    ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    T result() {
        return result.get();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A sentence saying why the latest load failed; null after a success. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Starts {@code work} now; a load still running is cancelled and its result ignored. */
    void load(Work<T> work) {
        waiting = null;
        running.cancel();
        start(work);
    }

    /** Runs {@code work} now if nothing is loading, else once the running load has ended. */
    void reload(Work<T> work) {
        if (loading.get()) {
            waiting = work;
        } else {
            start(work);
        }
    }

    /** Cancels the running load and forgets a waiting one; the last result stays. */
    void cancel() {
        generation++;
        waiting = null;
        running.cancel();
        running = TaskHandle.NONE;
        loading.set(false);
    }

    /** Forgets the result too: another guild or store is shown. */
    void clear() {
        cancel();
        result.set(null);
        error.set(null);
    }

    private void start(Work<T> work) {
        long mine = ++generation;
        loading.set(true);
        running = ui.submit(BackgroundTask.of(title, work)
                .onSuccess(value -> {
                    if (mine == generation) {
                        error.set(null);
                        result.set(value);
                        ended();
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        error.set(sentence(failure));
                        ended();
                    }
                })
                .onCancelled(() -> {
                    if (mine == generation) {
                        ended();
                    }
                }));
    }

    private void ended() {
        loading.set(false);
        running = TaskHandle.NONE;
        Work<T> next = waiting;
        waiting = null;
        if (next != null) {
            start(next);
        }
    }

    private String sentence(Throwable failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        return title + " could not be read (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + "). The log has the details.";
    }
}
