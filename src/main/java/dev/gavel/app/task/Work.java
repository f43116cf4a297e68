package dev.gavel.app.task;

/** The slow part of a task: runs off the JavaFX thread, may report progress and must honour cancellation. */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress) throws Exception;
}
