package dev.gavel.app.settings;

import dev.gavel.core.model.StatsThresholds;

/** The statistics thresholds the page edits, each with the whole numbers it accepts. */
public enum Threshold {
    TOP_MIN_MESSAGES("Top participants: at least this many messages", 0, 1_000_000),
    TOP_MIN_WORDS("… or at least this many words", 0, 100_000_000),
    TOP_LIMIT("Top participants: at most this many members", 1, 10_000),
    COHORT_MIN_MESSAGES("Cohort benchmarks: members with at least this many messages", 1, 1_000_000),
    COMMUNICATOR_MIN_MESSAGES("A communicator writes at least this many messages a day", 1, 10_000);

    private final String label;
    private final int min;
    private final int max;

    Threshold(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    int of(StatsThresholds t) {
        return switch (this) {
            case TOP_MIN_MESSAGES -> t.topMinMessages();
            case TOP_MIN_WORDS -> t.topMinWords();
            case TOP_LIMIT -> t.topLimit();
            case COHORT_MIN_MESSAGES -> t.cohortMinMessages();
            case COMMUNICATOR_MIN_MESSAGES -> t.communicatorMinMessages();
        };
    }
}
