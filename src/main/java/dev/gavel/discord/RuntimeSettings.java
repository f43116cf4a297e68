package dev.gavel.discord;

import java.time.Duration;

/**
 * How the runtime behaves.
 *
 * @param backfillHorizon     how far back a channel seen for the first time is filled (default 30 days)
 * @param backfillParallelism how many channels are filled at once (JDA paces each by Discord's rate limits)
 * @param sessionRefresh      how often the recorder session's {@code expires} moves forward (at most a minute)
 * @param loginTimeout        how long the first connection may take before the start fails
 * @param stopTimeout         how long each step of stopping may take (flushing, closing the client)
 * @param progressLogInterval how often the events recorded and the backfill's progress are logged
 */
public record RuntimeSettings(Duration backfillHorizon, int backfillParallelism, Duration sessionRefresh,
        Duration loginTimeout, Duration stopTimeout, Duration progressLogInterval) {

    public static final RuntimeSettings DEFAULT = new RuntimeSettings(Duration.ofDays(30), 4, Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofMinutes(1));

    public RuntimeSettings {
        if (backfillHorizon.isNegative() || backfillParallelism < 1) {
            throw new IllegalArgumentException("the horizon must not be negative and at least one channel filled at a time");
        }
    }

    public RuntimeSettings withBackfillHorizon(Duration horizon) {
        return new RuntimeSettings(horizon, backfillParallelism, sessionRefresh, loginTimeout, stopTimeout, progressLogInterval);
    }

    public RuntimeSettings withSessionRefresh(Duration refresh) {
        return new RuntimeSettings(backfillHorizon, backfillParallelism, refresh, loginTimeout, stopTimeout, progressLogInterval);
    }

    public RuntimeSettings withLoginTimeout(Duration timeout) {
        return new RuntimeSettings(backfillHorizon, backfillParallelism, sessionRefresh, timeout, stopTimeout, progressLogInterval);
    }

    public RuntimeSettings withProgressLogInterval(Duration interval) {
        return new RuntimeSettings(backfillHorizon, backfillParallelism, sessionRefresh, loginTimeout, stopTimeout, interval);
    }
}
