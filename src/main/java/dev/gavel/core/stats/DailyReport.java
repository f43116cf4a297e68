package dev.gavel.core.stats;

import java.util.List;

/** One row per day of the range, zero-filled. */
public record DailyReport(StatsRequest request, List<DayTotals> days) {

    public DailyReport {
        days = List.copyOf(days);
    }
}
