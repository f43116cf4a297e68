package dev.gavel.app.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background pool + {@link Platform#runLater}; progress is coalesced so a chatty task cannot flood the UI thread. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    public FxUiExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "gavel-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How many tasks are running or queued; read on the UI thread. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<Pending> pendingProgress = new AtomicReference<>();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (pendingProgress.getAndSet(new Pending(fraction, message)) == null) {
                    Platform.runLater(() -> {
                        Pending latest = pendingProgress.getAndSet(null);
                        if (latest != null && !cancelled.get()) {
                            task.progressCallback().progress(latest.fraction, latest.message);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        runOnUi(() -> running.set(running.get() + 1));
        Future<?> future = pool.submit(() -> {
            try {
                T result = task.work().run(progress);
                finish(finished, done, () -> {
                    if (cancelled.get()) {
                        task.cancelledCallback().run();
                    } else {
                        task.successCallback().accept(result);
                    }
                });
            } catch (CancellationException e) {
                finish(finished, done, task.cancelledCallback());
            } catch (Exception | LinkageError e) {
                if (cancelled.get()) {
                    log.debug("Task '{}' failed after it was cancelled", task.title(), e);
                    finish(finished, done, task.cancelledCallback());
                } else {
                    log.warn("Task '{}' failed", task.title(), e);
                    finish(finished, done, () -> task.failureCallback().accept(e));
                }
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                if (!done.get() && cancelled.compareAndSet(false, true) && future.cancel(true)) {
                    // A task cancelled while queued never runs: finish it here.
                    finish(finished, done, task.cancelledCallback());
                }
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /** Runs the task's last callback once, however the task ended (a cancel and the end can race). */
    private void finish(AtomicBoolean finished, AtomicBoolean done, Runnable callback) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            done.set(true);
            running.set(running.get() - 1);
            callback.run();
        });
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(double fraction, String message) {
    }
}
