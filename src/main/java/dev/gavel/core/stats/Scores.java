package dev.gavel.core.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * The top participants' scores (METRICS.md §2.2). A banded score is the highest band whose lower
 * bound the value reaches, else 0.
 */
public final class Scores {

    private static final long[] WORD_BANDS = {2000, 5000, 7500, 20000};
    private static final long[] MESSAGE_BANDS = {150, 350, 800, 1500};
    private static final long[] CHANNEL_BANDS = {3, 7, 9};

    private Scores() {
    }

    public static int wordScore(long words) {
        return band(words, WORD_BANDS);
    }

    public static int messageScore(long messages) {
        return band(messages, MESSAGE_BANDS);
    }

    public static int channelScore(long channels) {
        return band(channels, CHANNEL_BANDS);
    }

    /**
     * The daily distinct-category counts (one per day of the range, zero days included) sorted
     * ascending; the element at index ⌊n/2⌋, rounded up (a count is whole already).
     */
    public static int consistencyScore(Collection<Long> dailyCategoryCounts) {
        if (dailyCategoryCounts.isEmpty()) {
            throw new IllegalArgumentException("a range has at least one day");
        }
        long[] sorted = dailyCategoryCounts.stream().mapToLong(Long::longValue).sorted().toArray();
        return Math.toIntExact(sorted[sorted.length / 2]);
    }

    /** Days with no message ÷ days in the range, a fraction from 0 to 1. */
    public static double percentZeroDays(long zeroDays, long days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a range has at least one day");
        }
        return (double) zeroDays / days;
    }

    private static int band(long value, long[] lowerBounds) {
        return (int) Arrays.stream(lowerBounds).filter(bound -> value >= bound).count();
    }
}
