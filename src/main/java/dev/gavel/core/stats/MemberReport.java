package dev.gavel.core.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One member over a range (METRICS.md §2.3). {@code headline} reads "Sent N messages in C channels
 * consisting of W words (W/N words/message). Received R reactions.", W/N with two decimals (half
 * up; 0.00 with no messages). Daily average words have three decimals. Categories and channels by
 * messages, descending.
 */
public record MemberReport(StatsRequest request, String authorId, String name, long messages, long channels, long words,
                           long reactions, String headline, List<Day> days, List<CategoryCount> byCategory,
                           List<ChannelCount> byChannel) {

    public MemberReport {
        days = List.copyOf(days);
        byCategory = List.copyOf(byCategory);
        byChannel = List.copyOf(byChannel);
    }

    public record Day(LocalDate date, long messages, long words, long reactions, BigDecimal averageWords) {
    }
}
