package dev.gavel.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since 2015-01-01 in the top 42 bits, then 22 bits this generator uses
 * as a counter, so ids made for the same millisecond stay unique and ordered by creation.
 */
public final class Snowflakes {

    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong counter = new AtomicLong();

    /** A new id for the current time. */
    public long next() {
        return at(Instant.now());
    }

    /** A new id whose timestamp is {@code time}. */
    public long at(Instant time) {
        long millis = time.toEpochMilli() - DISCORD_EPOCH_MILLIS;
        if (millis < 0) {
            throw new IllegalArgumentException("Discord ids start on 2015-01-01; got " + time);
        }
        return millis << 22 | counter.getAndIncrement() & 0x3F_FFFF;
    }

    /** The time encoded in a Discord id. */
    public static Instant timeOf(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
