package dev.gavel.core.stats;

/** Messages per local hour of day and weekday over a range. */
public record HeatmapReport(StatsRequest request, Heatmap heatmap) {
}
