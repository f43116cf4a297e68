package dev.gavel.app.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler on a {@link MutableClock}: actions run when the test moves the clock past them. */
final class ManualScheduler implements Scheduler {

    private final MutableClock clock;
    private final List<Entry> entries = new ArrayList<>();

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(clock.instant().plus(delay), action);
        entries.add(entry);
        return () -> entries.remove(entry);
    }

    int waiting() {
        return entries.size();
    }

    /** Moves the clock on and runs what falls due, in order. */
    void advance(Duration duration) {
        Instant until = clock.instant().plus(duration);
        while (true) {
            Entry next = entries.stream().filter(e -> !e.due.isAfter(until)).min(Comparator.comparing(e -> e.due)).orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due.toString());
            }
            next.action.run();
        }
        clock.set(until.toString());
    }

    private record Entry(Instant due, Runnable action) {
    }
}
