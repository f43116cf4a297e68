package dev.gavel.app.stats;

import java.util.ArrayList;
import java.util.List;

import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.app.task.TaskHandle;
import dev.gavel.app.task.UiExecutor;

/**
 * Holds submitted tasks until the test runs them, so that a test can see what is running at once,
 * what was cancelled, and what a late result does. A cancelled task still runs when asked, like
 * work that finishes before it notices the cancel.
 */
final class StepUiExecutor implements UiExecutor {

    private final DirectUiExecutor direct = new DirectUiExecutor();
    private final List<Submitted> queue = new ArrayList<>();
    private final List<Submitted> all = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        Submitted submitted = new Submitted(task);
        queue.add(submitted);
        all.add(submitted);
        return submitted;
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    /** Titles of the tasks not yet run and not cancelled. */
    List<String> waiting() {
        return queue.stream().filter(s -> !s.cancelled).map(s -> s.task.title()).toList();
    }

    /** Every task ever submitted, by title. */
    List<String> submitted() {
        return all.stream().map(s -> s.task.title()).toList();
    }

    List<String> cancelled() {
        return all.stream().filter(s -> s.cancelled).map(s -> s.task.title()).toList();
    }

    /** Runs the oldest waiting task, cancelled or not. */
    void runNext() {
        Submitted next = queue.remove(0);
        next.run();
    }

    /** Runs tasks until none waits (tasks submitted meanwhile included); cancelled ones are dropped. */
    void runAll() {
        while (!queue.isEmpty()) {
            Submitted next = queue.remove(0);
            if (!next.cancelled) {
                next.run();
            }
        }
    }

    private final class Submitted implements TaskHandle {
        private final BackgroundTask<?> task;
        private boolean cancelled;
        private boolean done;

        Submitted(BackgroundTask<?> task) {
            this.task = task;
        }

        void run() {
            done = true;
            direct.submit(task);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
