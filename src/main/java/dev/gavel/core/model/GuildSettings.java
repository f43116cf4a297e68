package dev.gavel.core.model;

import java.util.List;
import java.util.Map;

/**
 * A guild's settings, stored as JSON in {@code guilds.settings}. The first four keys are the
 * original bot's ({@code modLog}, {@code moderator}, {@code restricted}, {@code deletionLog});
 * the rest are Gavel's. Keys Gavel does not know are kept as they were ({@code otherKeys}).
 *
 * @param statsChannels   statistics channel filter: channel ids (empty with no categories = all)
 * @param statsCategories statistics channel filter: category names
 * @param timeZone        IANA zone id the statistics' days are counted in
 */
public record GuildSettings(
        String modLog,
        String moderator,
        String restricted,
        String deletionLog,
        List<String> statsChannels,
        List<String> statsCategories,
        String timeZone,
        StatsThresholds thresholds,
        Map<String, Object> otherKeys) {

    public static final String DEFAULT_TIME_ZONE = "UTC";

    public GuildSettings {
        statsChannels = statsChannels == null ? List.of() : List.copyOf(statsChannels);
        statsCategories = statsCategories == null ? List.of() : List.copyOf(statsCategories);
        timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone;
        thresholds = thresholds == null ? StatsThresholds.DEFAULTS : thresholds;
        otherKeys = otherKeys == null ? Map.of() : Map.copyOf(otherKeys);
    }

    public static GuildSettings empty() {
        return new GuildSettings(null, null, null, null, List.of(), List.of(), DEFAULT_TIME_ZONE, StatsThresholds.DEFAULTS, Map.of());
    }
}
