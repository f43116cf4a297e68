package dev.gavel.core.stats;

import java.util.function.Function;

/**
 * The statistics' way to a store (implemented by the store). Each report reads all its rows in
 * one snapshot, so that its numbers agree with each other while a recorder writes.
 */
public interface ActivityQueries {

    /** Runs {@code work} with a reader on one consistent snapshot of the store. */
    <R> R read(Function<ActivityReader, R> work);
}
