package dev.gavel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When the demo's recorder was connected: sessions of a few days to a couple of weeks, each
 * ended by a restart of a minute or two, and two long outages (nine hours, and two days on
 * timelines of three weeks or more). Messages are generated only inside sessions: what is sent
 * while no recorder runs is never recorded, which is exactly what a coverage gap means.
 */
final class Coverage {

    /** A recorder session, connected over [start, end). */
    record Session(String id, long start, long end, int resumes) {
    }

    /** An outage long enough to show in the charts. */
    record Outage(long start, long end) {
    }

    private static final long NINE_HOURS = 9 * Timeline.HOUR;
    private static final int MIN_DAYS_FOR_TWO_DAY_OUTAGE = 21;

    final List<Session> sessions;
    final List<Outage> outages;
    private final long[] starts;
    private final long[] ends;

    private Coverage(List<Session> sessions, List<Outage> outages) {
        this.sessions = List.copyOf(sessions);
        this.outages = List.copyOf(outages);
        this.starts = sessions.stream().mapToLong(Session::start).toArray();
        this.ends = sessions.stream().mapToLong(Session::end).toArray();
    }

    static Coverage plan(Timeline timeline, long seed) {
        DemoRandom random = DemoRandom.of(seed, "coverage");
        List<Outage> outages = new ArrayList<>();
        int days = timeline.days;
        int nineHourDay = days >= MIN_DAYS_FOR_TWO_DAY_OUTAGE
                ? random.nextInt((int) (days * 0.25), (int) (days * 0.45) + 1)
                : random.nextInt(2, days - 2);
        long nineStart = timeline.dayStart(nineHourDay) + random.nextLong(2 * Timeline.HOUR, 14 * Timeline.HOUR);
        outages.add(new Outage(nineStart, nineStart + NINE_HOURS + random.nextLong(0, 25 * Timeline.MINUTE)));
        if (days >= MIN_DAYS_FOR_TWO_DAY_OUTAGE) {
            int twoDayStart = random.nextInt((int) (days * 0.6), (int) (days * 0.8) + 1);
            long start = timeline.dayStart(twoDayStart) + random.nextLong(3 * Timeline.HOUR, 20 * Timeline.HOUR);
            outages.add(new Outage(start, start + 2 * Timeline.DAY + random.nextLong(0, 5 * Timeline.HOUR)));
        }

        List<Session> sessions = new ArrayList<>();
        long at = timeline.startMs;
        int nextOutage = 0;
        while (at < timeline.endMs) {
            if (nextOutage < outages.size() && outages.get(nextOutage).start() <= at) {
                at = Math.max(at, outages.get(nextOutage).end());
                nextOutage++;
                continue;
            }
            long end = at + random.nextLong(2 * Timeline.DAY, 16 * Timeline.DAY);
            long next;
            if (nextOutage < outages.size() && outages.get(nextOutage).start() <= end) {
                end = outages.get(nextOutage).start();
                next = outages.get(nextOutage).end();
                nextOutage++;
            } else if (end >= timeline.endMs) {
                end = timeline.endMs;
                next = end;
            } else {
                // a restart: a new version deployed, the host rebooted
                next = end + random.nextLong(20_000, 150_000);
            }
            int resumes = (int) ((end - at) / Timeline.DAY / random.uniform(2, 6));
            sessions.add(new Session(new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                    random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString(), at, end, resumes));
            at = next;
        }
        return new Coverage(sessions, outages);
    }

    boolean covered(long ms) {
        int index = sessionAt(ms);
        return index >= 0;
    }

    /** The index of the session that covers {@code ms}, or -1. */
    int sessionAt(long ms) {
        int index = lastStartingAtOrBefore(ms);
        return index >= 0 && ms < ends[index] ? index : -1;
    }

    /** The earliest covered instant at or after {@code ms}, or -1 when no session follows. */
    long nextCovered(long ms) {
        int index = lastStartingAtOrBefore(ms);
        if (index >= 0 && ms < ends[index]) {
            return ms;
        }
        return index + 1 < starts.length ? starts[index + 1] : -1;
    }

    /** True when one session covers all of [from, to). */
    boolean coversAll(long from, long to) {
        int index = sessionAt(from);
        return index >= 0 && to <= ends[index];
    }

    /** The covered pieces of [from, to), as start/end pairs in {@code out}; returns how many pieces. */
    int pieces(long from, long to, long[] out) {
        int count = 0;
        int index = Math.max(0, lastStartingAtOrBefore(from));
        for (int i = index; i < starts.length && starts[i] < to; i++) {
            long a = Math.max(from, starts[i]);
            long b = Math.min(to, ends[i]);
            if (a < b) {
                if (2 * count + 1 >= out.length) {
                    break;
                }
                out[2 * count] = a;
                out[2 * count + 1] = b;
                count++;
            }
        }
        return count;
    }

    /** The share of [from, to) that is covered. */
    double fraction(long from, long to) {
        long[] pieces = new long[16];
        int count = pieces(from, to, pieces);
        long covered = 0;
        for (int i = 0; i < count; i++) {
            covered += pieces[2 * i + 1] - pieces[2 * i];
        }
        return (double) covered / (to - from);
    }

    private int lastStartingAtOrBefore(long ms) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= ms) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
