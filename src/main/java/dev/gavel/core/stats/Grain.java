package dev.gavel.core.stats;

/**
 * The bucket size of a source of activity rows. Units of a {@link Segment}: epoch milliseconds for
 * {@code RAW} (one row per message), UTC epoch hours, UTC epoch days, and UTC months numbered
 * {@code year * 12 + month - 1}.
 */
public enum Grain {
    RAW, HOUR, DAY, MONTH
}
