package dev.gavel.app.stats;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns a stream of "something changed" signals into refreshes at most once per interval: the
 * first signal after a quiet interval refreshes at once, later ones are gathered into one refresh
 * at the end of the interval. Used on the UI thread only.
 */
final class RefreshThrottle {

    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration interval;
    private final Runnable refresh;
    private Scheduler.Scheduled pending;
    private long lastRefreshMillis = Long.MIN_VALUE;

    RefreshThrottle(Clock clock, Scheduler scheduler, Duration interval, Runnable refresh) {
        this.clock = Objects.requireNonNull(clock);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.interval = Objects.requireNonNull(interval);
        this.refresh = Objects.requireNonNull(refresh);
    }

    void signal() {
        if (pending != null) {
            return;
        }
        long now = clock.millis();
        long wait = lastRefreshMillis == Long.MIN_VALUE ? 0 : lastRefreshMillis + interval.toMillis() - now;
        if (wait <= 0) {
            fire();
        } else {
            pending = scheduler.schedule(Duration.ofMillis(wait), () -> {
                pending = null;
                fire();
            });
        }
    }

    /** Drops a refresh that is waiting. */
    void cancel() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }

    private void fire() {
        lastRefreshMillis = clock.millis();
        refresh.run();
    }
}
