package dev.gavel.core.stats;

/** How finely a query needs to place rows in time, in the range's zone. */
public enum Resolution {
    /** Only which range a row falls in: totals over the range. */
    TOTAL,
    /** The local calendar day of each row: daily series. */
    LOCAL_DAY,
    /** The local hour of each row: the hour-of-day × weekday heatmap. */
    LOCAL_HOUR,
    /**
     * The whole hours elapsed since the range's first moment: timelines, which follow instants (a
     * day across a DST change has 23 or 25 of them).
     */
    ELAPSED_HOUR
}
