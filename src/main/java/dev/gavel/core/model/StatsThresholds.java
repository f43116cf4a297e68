package dev.gavel.core.model;

/**
 * The statistics' thresholds (METRICS.md §2), settings per guild.
 *
 * @param topMinMessages          top participants: keep authors with at least this many messages…
 * @param topMinWords             …or at least this many words
 * @param topLimit                top participants: at most this many authors
 * @param cohortMinMessages       cohort benchmarks: authors with at least this many messages
 * @param communicatorMinMessages a communicator sends at least this many messages in a day
 */
public record StatsThresholds(int topMinMessages, int topMinWords, int topLimit, int cohortMinMessages,
                              int communicatorMinMessages) {

    public static final StatsThresholds DEFAULTS = new StatsThresholds(250, 2200, 100, 10, 3);
}
