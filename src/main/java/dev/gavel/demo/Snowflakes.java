package dev.gavel.demo;

import static dev.gavel.core.Snowflakes.DISCORD_EPOCH_MS;

import java.util.HashSet;
import java.util.Set;

/**
 * Discord ids: {@code (ms - 1420070400000) << 22 | worker << 17 | process << 12 | increment}.
 * Messages get worker 0 (their increments are counted per millisecond by the message stream);
 * everything else (guild, roles, channels, members, threads, tickets, log posts) gets worker 1
 * from {@link #next}, so the two never collide.
 */
final class Snowflakes {

    static final int MAX_INCREMENT = 4095;
    private static final int MESSAGE_WORKER = 0;
    private static final int ENTITY_WORKER = 1;

    private final DemoRandom random;
    private final Set<Long> used = new HashSet<>();

    Snowflakes(DemoRandom random) {
        this.random = random;
    }

    static long message(long ms, int increment) {
        return ((ms - DISCORD_EPOCH_MS) << 22) | ((long) MESSAGE_WORKER << 17) | increment;
    }

    static long timeOf(long id) {
        return (id >> 22) + DISCORD_EPOCH_MS;
    }

    /** A new, unique id of something other than a message, made at {@code ms}. */
    long next(long ms) {
        while (true) {
            long id = ((ms - DISCORD_EPOCH_MS) << 22) | ((long) ENTITY_WORKER << 17)
                    | ((long) random.nextInt(32) << 12) | random.nextInt(MAX_INCREMENT + 1);
            if (used.add(id)) {
                return id;
            }
        }
    }

    String nextText(long ms) {
        return Long.toString(next(ms));
    }
}
