package dev.gavel.app.task;

import java.util.concurrent.CancellationException;

/** Runs tasks and their callbacks on the calling thread: for ViewModel tests without a window. */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                task.progressCallback().progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = task.work().run(progress);
        } catch (CancellationException e) {
            task.cancelledCallback().run();
            return TaskHandle.NONE;
        } catch (Exception e) {
            task.failureCallback().accept(e);
            return TaskHandle.NONE;
        }
        task.successCallback().accept(result);
        return TaskHandle.NONE;
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }
}
