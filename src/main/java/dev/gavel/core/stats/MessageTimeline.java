package dev.gavel.core.stats;

import java.time.Instant;
import java.util.List;

/**
 * Messages per hour over a range, reduced for a chart: the hours from the range's first moment up
 * to its end (or up to now, if sooner) are gathered into buckets of {@code hoursPerBucket} hours
 * (the last one may be shorter), and each bucket keeps the fewest and the most messages any of its
 * hours had, and its total. Drawn as two points per bucket, the line looks like the hour-by-hour
 * series, however long the range.
 */
public record MessageTimeline(StatsRequest request, int hoursPerBucket, List<Bucket> buckets) {

    public MessageTimeline {
        buckets = List.copyOf(buckets);
    }

    /** {@code [from, to)}; {@code fewest} and {@code most} are messages in one hour, hours without messages included. */
    public record Bucket(Instant from, Instant to, long fewest, long most, long messages) {
    }
}
