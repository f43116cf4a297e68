package dev.gavel.app.task;

/** A submitted task: it can be cancelled; cancelling a finished task does nothing. */
public interface TaskHandle {

    void cancel();

    boolean isDone();

    TaskHandle NONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
