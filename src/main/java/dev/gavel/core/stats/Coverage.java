package dev.gavel.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * When a recorder was connected during a range (METRICS.md §2.5), so that charts can shade the
 * rest. {@code known} is false when the store holds no recorder session at all (a database made by
 * the original bot, or a store no recorder has written): then nothing is listed. Gaps are the
 * periods of the range, up to now, with no recorder connected; each day's {@code coveredFraction}
 * is 1 minus the share of the day those gaps take (time after now is not a gap).
 */
public record Coverage(boolean known, List<Gap> gaps, List<Day> days) {

    public Coverage {
        gaps = List.copyOf(gaps);
        days = List.copyOf(days);
    }

    public static Coverage unknown() {
        return new Coverage(false, List.of(), List.of());
    }

    /** {@code [from, to)}: no recorder was connected. */
    public record Gap(Instant from, Instant to) {
    }

    public record Day(LocalDate date, double coveredFraction) {
    }
}
