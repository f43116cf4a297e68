package dev.gavel.core.stats;

import java.util.List;

/**
 * A guild's activity over a range (METRICS.md §2.1): the zero-filled daily series, the top
 * {@value #TOP} channels and categories by messages, the heatmap, the share of messages with code
 * and with links, code by language, and the recorder's coverage.
 */
public record OverviewReport(StatsRequest request, List<DayTotals> days, long messages, long words, long reactions,
                             List<ChannelCount> topChannels, List<CategoryCount> topCategories, Heatmap heatmap,
                             long codeMessages, long linkMessages, double codeShare, double linkShare,
                             List<CodeLanguage> codeLanguages, Coverage coverage) {

    public static final int TOP = 10;

    public OverviewReport {
        days = List.copyOf(days);
        topChannels = List.copyOf(topChannels);
        topCategories = List.copyOf(topCategories);
        codeLanguages = List.copyOf(codeLanguages);
    }
}
