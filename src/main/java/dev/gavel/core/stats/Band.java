package dev.gavel.core.stats;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a member stands against a cohort, from the mean of four percentiles (METRICS.md §2.4). */
public enum Band {
    TOP("top", 90),
    ABOVE_AVERAGE("above_average", 70),
    AVERAGE("average", 30),
    BELOW_AVERAGE("below_average", 10),
    BOTTOM("bottom", Double.NEGATIVE_INFINITY);

    private final String label;
    private final double lowerBound;

    Band(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Band of(double overallPercentile) {
        for (Band band : values()) {
            if (overallPercentile >= band.lowerBound) {
                return band;
            }
        }
        throw new IllegalArgumentException("not a percentile: " + overallPercentile);
    }
}
