package dev.gavel.core;

import java.time.Instant;
import java.util.Optional;

/** Discord ids (snowflakes) carry the time they were made: milliseconds since 2015 in their upper 42 bits. */
public final class Snowflakes {

    public static final long DISCORD_EPOCH_MS = 1_420_070_400_000L;
    private static final int TIME_SHIFT = 22;

    private Snowflakes() {
    }

    /**
     * The smallest id made at {@code time}: every message sent after it has a greater id, so it marks
     * a point in a channel's history ("after this id") for a time.
     */
    public static long firstIdAt(Instant time) {
        long millis = Math.max(0, time.toEpochMilli() - DISCORD_EPOCH_MS);
        return millis << TIME_SHIFT;
    }

    /** The creation time of an id, in epoch milliseconds. */
    public static long epochMillis(long id) {
        return (id >>> TIME_SHIFT) + DISCORD_EPOCH_MS;
    }

    /** The time a snowflake was made; empty for text that is not a snowflake (not a positive whole number). */
    public static Optional<Instant> time(String id) {
        if (id == null || id.isEmpty() || id.length() > 20 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(id);
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        if (value <= 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli((value >> TIME_SHIFT) + DISCORD_EPOCH_MS));
    }
}
