package dev.gavel.core.stats;

import java.time.LocalDate;

/** One day of a guild's activity: messages, words, reactions, distinct authors and communicators (METRICS.md §2.5). */
public record DayTotals(LocalDate date, long messages, long words, long reactions, long authors, long communicators) {

    public static DayTotals zero(LocalDate date) {
        return new DayTotals(date, 0, 0, 0, 0, 0);
    }
}
